// Held-out PII cases: Poland, the Nordic countries, Türkiye, Greece and Central/Eastern
// Europe. Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, iban, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'pl-form-001',
    lang: 'pl',
    country: 'PL',
    register: 'form',
    text: `KWESTIONARIUSZ OSOBOWY
Imię i nazwisko: Katarzyna Wiśniewska
PESEL: 85031412354
Data urodzenia: 14.03.1985
Adres: ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa
Tel.: +48 601 284 937`,
    values: [
      person('Katarzyna Wiśniewska'),
      id('PL_PESEL', '85031412354'),
      dob('14.03.1985'),
      location('ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa'),
      phone('+48 601 284 937'),
    ],
    lookalikes: ['KWESTIONARIUSZ OSOBOWY'],
  },
  {
    id: 'pl-chat-002',
    lang: 'pl',
    country: 'PL',
    register: 'chat',
    text: `czy mogę podać swój pesel 76112304569 w formularzu na stronie sklepu? pytają o niego przy zakupie na raty, trochę się boję`,
    values: [id('PL_PESEL', '76112304569')],
    lookalikes: [],
  },
  {
    id: 'pl-email-003',
    lang: 'pl',
    country: 'PL',
    register: 'email',
    text: `Dzień dobry Panie Tomaszu,

przesyłam dane do umowy: Marek Zieliński, PESEL 880229 45183, nr konta PL05 1020 5561 0000 3402 0148 9133. Adres do korespondencji: ul. Długa 12/3, 80-831 Gdańsk.

Pozdrawiam serdecznie
M. Zieliński`,
    values: [
      person('Tomaszu'),
      person('Marek Zieliński'),
      id('PL_PESEL', '880229 45183'),
      iban('PL05 1020 5561 0000 3402 0148 9133'),
      location('ul. Długa 12/3, 80-831 Gdańsk'),
      person('M. Zieliński'),
    ],
    lookalikes: [],
  },
  {
    id: 'pl-note-004',
    lang: 'pl',
    country: 'PL',
    register: 'note',
    text: `Karta pacjenta: Zuzanna Lewandowska, ur. 8 czerwca 2003, PESEL 03260877311. Matka: Agnieszka Lewandowska, tel. 512 904 338. Rozpoznanie: angina. Kontrola za 7 dni.`,
    values: [
      person('Zuzanna Lewandowska'),
      dob('8 czerwca 2003'),
      id('PL_PESEL', '03260877311'),
      person('Agnieszka Lewandowska'),
      phone('512 904 338'),
    ],
    lookalikes: ['za 7 dni', 'angina'],
  },
  {
    id: 'pl-ticket-005',
    lang: 'pl',
    country: 'PL',
    register: 'ticket',
    text: `Zgłoszenie #55210: klient nie może odebrać przesyłki z paczkomatu. Numer przesyłki 620084771259300118450012, numer zamówienia 85031412355. Klient: Piotr Kamiński, piotr.kaminski@wp.pl`,
    values: [person('Piotr Kamiński'), email('piotr.kaminski@wp.pl')],
    lookalikes: ['#55210', '620084771259300118450012', '85031412355'],
    failing: [failing('PL_PESEL', '85031412355')],
  },
  {
    id: 'pl-chat-006',
    lang: 'en',
    country: 'PL',
    register: 'chat',
    text: `my polish grandma's PESEL is 55051703914, she was born 17 May 1955 in Kraków. How can I request her birth certificate (odpis aktu urodzenia) from abroad?`,
    values: [id('PL_PESEL', '55051703914'), dob('17 May 1955')],
    lookalikes: ['odpis aktu urodzenia'],
  },
  {
    id: 'pl-log-007',
    lang: 'pl',
    country: 'PL',
    register: 'log',
    text: `2024-01-22 14:03:18 ERROR kadry-sync: niepoprawny PESEL dla pracownika id=3381 ("6509120873 3"), nazwisko=Wójcik, imię=Grzegorz`,
    values: [id('PL_PESEL', '6509120873 3'), person('Wójcik'), person('Grzegorz')],
    lookalikes: ['id=3381', 'kadry-sync'],
  },
  {
    id: 'pl-form-008',
    lang: 'pl',
    country: 'PL',
    register: 'form',
    text: `Zapisy na zajęcia
Uczestnik: Oliwia Nowak, PESEL 01210522687
Opiekun: Aleksandra Nowak, tel. 698-221-430, e-mail ola.nowak@interia.pl`,
    values: [
      person('Oliwia Nowak'),
      id('PL_PESEL', '01210522687'),
      person('Aleksandra Nowak'),
      phone('698-221-430'),
      email('ola.nowak@interia.pl'),
    ],
    lookalikes: ['Zapisy na zajęcia'],
  },
  {
    id: 'pl-email-009',
    lang: 'pl',
    country: 'PL',
    register: 'email',
    text: `Cześć, w załączniku PIT-11 dla Jakuba Mazura (PESEL 99123101424, ur. 31.12.1999). Jakby co dzwoń: 22 628 44 10. Ewa z kadr`,
    values: [person('Jakuba Mazura'), id('PL_PESEL', '99123101424'), dob('31.12.1999'), phone('22 628 44 10'), person('Ewa')],
    lookalikes: ['PIT-11'],
  },
  {
    id: 'pl-ticket-010',
    lang: 'pl',
    country: 'PL',
    register: 'ticket',
    text: `Reklamacja: Pan Dariusz Kowalski (PESEL 87100266545) zgłasza uszkodzony telewizor Samsung QE55Q80C, nr seryjny 0BDG3HAW701882. Adres: os. Kalinowe 4/22, 31-812 Kraków.`,
    values: [person('Dariusz Kowalski'), id('PL_PESEL', '87100266545'), location('os. Kalinowe 4/22, 31-812 Kraków')],
    lookalikes: ['Samsung QE55Q80C', '0BDG3HAW701882'],
  },
  {
    id: 'se-form-011',
    lang: 'sv',
    country: 'SE',
    register: 'form',
    text: `Anmälan till förskola
Barnets namn: Elsa Lindqvist
Vårdnadshavare: Johanna Lindqvist, personnummer 880417-3287
Adress: Götgatan 48, 118 26 Stockholm
Telefon: 070-482 19 36`,
    values: [
      person('Elsa Lindqvist'),
      person('Johanna Lindqvist'),
      id('SE_PERSONNUMMER', '880417-3287'),
      location('Götgatan 48, 118 26 Stockholm'),
      phone('070-482 19 36'),
    ],
    lookalikes: ['Anmälan till förskola'],
  },
  {
    id: 'se-chat-012',
    lang: 'sv',
    country: 'SE',
    register: 'chat',
    text: `hej! kan du hjälpa mig skriva ett överklagande till Försäkringskassan? mitt personnummer är 19710905-4614 och ärendenummer 2024-118-7751`,
    values: [id('SE_PERSONNUMMER', '19710905-4614')],
    lookalikes: ['Försäkringskassan', '2024-118-7751'],
  },
  {
    id: 'se-email-013',
    lang: 'sv',
    country: 'SE',
    register: 'email',
    text: `Hej Anders,

Här kommer uppgifterna för den nya konsulten: Nils Bergström, pnr 930228-0574, bankkonto SE29 8000 0832 7900 0012 0384. Han börjar 2 september.

Mvh
Karin Sjöberg
HR, 08-501 774 20`,
    values: [
      person('Anders'),
      person('Nils Bergström'),
      id('SE_PERSONNUMMER', '930228-0574'),
      iban('SE29 8000 0832 7900 0012 0384'),
      person('Karin Sjöberg'),
      phone('08-501 774 20'),
    ],
    lookalikes: ['2 september'],
  },
  {
    id: 'se-note-014',
    lang: 'sv',
    country: 'SE',
    register: 'note',
    text: `Journalanteckning: Pat. Gunnar Ek, född 12 mars 1965 (650312-7190). Kommer för uppföljning av diabetes typ 2. Hustru Birgitta närvarande. Nytt telefonnr 073 918 24 05.`,
    values: [
      person('Gunnar Ek'),
      dob('12 mars 1965'),
      id('SE_PERSONNUMMER', '650312-7190'),
      person('Birgitta'),
      phone('073 918 24 05'),
    ],
    lookalikes: ['diabetes typ 2'],
  },
  {
    id: 'se-log-015',
    lang: 'sv',
    country: 'SE',
    register: 'log',
    text: `[bankid] 2024-05-30T07:44:12Z collect status=complete personalNumber=200206142382 name="Alva Holm" ip=81.232.144.9 orderRef=4f1a0c2e-9b1d-4a77-8e0b-2d3c5f6a7b80`,
    values: [id('SE_PERSONNUMMER', '200206142382'), person('Alva Holm'), ip('81.232.144.9')],
    lookalikes: ['2024-05-30T07:44:12Z', '4f1a0c2e-9b1d-4a77-8e0b-2d3c5f6a7b80'],
  },
  {
    id: 'se-ticket-016',
    lang: 'sv',
    country: 'SE',
    register: 'ticket',
    text: `Kund (Omar Haddad, 011130-6049) har fått fel faktura, fakturanr 8804173288. Ska vara adress Storgatan 7, 411 38 Göteborg.`,
    values: [person('Omar Haddad'), id('SE_PERSONNUMMER', '011130-6049'), location('Storgatan 7, 411 38 Göteborg')],
    lookalikes: ['8804173288'],
    failing: [failing('SE_PERSONNUMMER', '8804173288')],
  },
  {
    id: 'se-chat-017',
    lang: 'en',
    country: 'SE',
    register: 'chat',
    text: `I moved to Malmö and got my personnummer 770706-1128 in the post. Do I need to register with Skatteverket again to get a BankID?`,
    values: [id('SE_PERSONNUMMER', '770706-1128')],
    lookalikes: ['Skatteverket', 'BankID'],
  },
  {
    id: 'fi-form-018',
    lang: 'fi',
    country: 'FI',
    register: 'form',
    text: `Jäsenhakemus
Nimi: Aino Korhonen
Henkilötunnus: 150386-417R
Osoite: Mannerheimintie 22 B 14, 00100 Helsinki
Puhelin: 040 718 2293
Sähköposti: aino.korhonen@elisanet.fi`,
    values: [
      person('Aino Korhonen'),
      id('FI_PERSONAL_IDENTITY_CODE', '150386-417R'),
      location('Mannerheimintie 22 B 14, 00100 Helsinki'),
      phone('040 718 2293'),
      email('aino.korhonen@elisanet.fi'),
    ],
    lookalikes: ['Jäsenhakemus'],
  },
  {
    id: 'fi-chat-019',
    lang: 'fi',
    country: 'FI',
    register: 'chat',
    text: `moi, voitko tarkistaa onko tää hetu oikeessa muodossa: 020791-258R? Kela valittaa että se on väärin`,
    values: [id('FI_PERSONAL_IDENTITY_CODE', '020791-258R')],
    lookalikes: ['Kela'],
  },
  {
    id: 'fi-email-020',
    lang: 'fi',
    country: 'FI',
    register: 'email',
    text: `Hei Mikko,

uuden työntekijän tiedot palkanlaskentaan: Jussi Virtanen, syntynyt 19.11.1963, hetu 191163-7353, tili FI70 4055 4420 0793 86.

Terveisin
Leena`,
    values: [
      person('Mikko'),
      person('Jussi Virtanen'),
      dob('19.11.1963'),
      id('FI_PERSONAL_IDENTITY_CODE', '191163-7353'),
      iban('FI70 4055 4420 0793 86'),
      person('Leena'),
    ],
    lookalikes: [],
  },
  {
    id: 'fi-note-021',
    lang: 'fi',
    country: 'FI',
    register: 'note',
    text: `Potilas: Onni Mäkinen (070405A214X), 19 v. Tullut päivystykseen nilkan vääntymän vuoksi. Äiti Satu Mäkinen, p. 050 361 8840. Jatkohoito terveysasemalla.`,
    values: [
      person('Onni Mäkinen'),
      id('FI_PERSONAL_IDENTITY_CODE', '070405A214X'),
      person('Satu Mäkinen'),
      phone('050 361 8840'),
    ],
    lookalikes: ['19 v.'],
  },
  {
    id: 'fi-ticket-022',
    lang: 'fi',
    country: 'FI',
    register: 'ticket',
    text: `Asiakas Elina Nieminen (hetu 311299-036C) ei pääse kirjautumaan verkkopankkiin. Tilausnumero 150386-417S ei liity asiaan. Soittopyyntö: +358 44 921 0387.`,
    values: [
      person('Elina Nieminen'),
      id('FI_PERSONAL_IDENTITY_CODE', '311299-036C'),
      phone('+358 44 921 0387'),
    ],
    lookalikes: ['150386-417S'],
    failing: [failing('FI_PERSONAL_IDENTITY_CODE', '150386-417S')],
  },
  {
    id: 'fi-log-023',
    lang: 'fi',
    country: 'FI',
    register: 'log',
    text: `WARN tunnistus: uusi välimerkki hetussa, käsitellään: 280880Y482P (käyttäjä: riikka.laine@gmail.com)`,
    values: [id('FI_PERSONAL_IDENTITY_CODE', '280880Y482P'), email('riikka.laine@gmail.com')],
    lookalikes: [],
  },
  {
    id: 'fi-chat-024',
    lang: 'en',
    country: 'FI',
    register: 'chat',
    text: `my finnish ID code is 090197-1416 and I'm applying for a Schengen visa for my wife — does the embassy need my hetu or just passport?`,
    values: [id('FI_PERSONAL_IDENTITY_CODE', '090197-1416')],
    lookalikes: ['Schengen'],
  },
  {
    id: 'no-email-025',
    lang: 'nb',
    country: 'NO',
    register: 'email',
    text: `Hei Ingrid!

Husleien for mars kan settes inn på NO40 1503 8831 402 (Sigrid Haugen). Adressen er Thorvald Meyers gate 33, 0555 Oslo, leilighet H0302.

Hilsen S. Haugen, mob. 926 41 873`,
    values: [
      person('Ingrid'),
      iban('NO40 1503 8831 402'),
      person('Sigrid Haugen'),
      location('Thorvald Meyers gate 33, 0555 Oslo'),
      person('S. Haugen'),
      phone('926 41 873'),
    ],
    lookalikes: [],
  },
  {
    id: 'dk-chat-026',
    lang: 'da',
    country: 'DK',
    register: 'chat',
    text: `kan du oversætte til engelsk: "Min søn Magnus Sørensen er født den 3. april 2014 og bor hos mig på Vesterbrogade 112, 1620 København V. Mit nummer er 28 41 67 93."`,
    values: [
      person('Magnus Sørensen'),
      dob('3. april 2014'),
      location('Vesterbrogade 112, 1620 København V'),
      phone('28 41 67 93'),
    ],
    lookalikes: [],
  },
  {
    id: 'tr-chat-027',
    lang: 'tr',
    country: 'TR',
    register: 'chat',
    text: `merhaba, annem için dilekçe yazar mısın? Adı Ayşe Yıldırım, doğum tarihi 12.05.1958, adresi Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul, telefonu 0532 418 27 90`,
    values: [
      person('Ayşe Yıldırım'),
      dob('12.05.1958'),
      location('Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul'),
      phone('0532 418 27 90'),
    ],
    lookalikes: ['dilekçe'],
  },
  {
    id: 'tr-email-028',
    lang: 'tr',
    country: 'TR',
    register: 'email',
    text: `Sayın Mehmet Öztürk,

Siparişiniz (No: TY-2024-884120) kargoya verilmiştir. İade durumunda ödeme TR97 0001 2009 4812 3756 2004 81 numaralı hesabınıza yapılacaktır.

Saygılarımızla`,
    values: [person('Mehmet Öztürk'), iban('TR97 0001 2009 4812 3756 2004 81')],
    lookalikes: ['TY-2024-884120'],
  },
  {
    id: 'gr-note-029',
    lang: 'el',
    country: 'GR',
    register: 'note',
    text: `Σημείωση: η κα Ελένη Παπαδοπούλου (γεννήθηκε 04/09/1977) ζήτησε αλλαγή διεύθυνσης σε Λεωφ. Κηφισίας 112, 115 26 Αθήνα. Τηλ. 694 412 3387.`,
    values: [
      person('Ελένη Παπαδοπούλου'),
      dob('04/09/1977'),
      location('Λεωφ. Κηφισίας 112, 115 26 Αθήνα'),
      phone('694 412 3387'),
    ],
    lookalikes: [],
  },
  {
    id: 'ua-chat-030',
    lang: 'uk',
    country: 'UA',
    register: 'chat',
    text: `Допоможи перекласти на німецьку: "Мене звати Олена Ковальчук, я народилася 21 липня 1989 року в Харкові. Мій телефон +380 67 413 2290."`,
    values: [person('Олена Ковальчук'), dob('21 липня 1989'), phone('+380 67 413 2290')],
    lookalikes: [],
  },
  {
    id: 'cz-form-031',
    lang: 'cs',
    country: 'CZ',
    register: 'form',
    text: `Přihláška
Jméno: Tereza Nováková
Datum narození: 2. 8. 1994
Bydliště: Vinohradská 1511/230, 100 00 Praha 10
Telefon: +420 737 210 448`,
    values: [
      person('Tereza Nováková'),
      dob('2. 8. 1994'),
      location('Vinohradská 1511/230, 100 00 Praha 10'),
      phone('+420 737 210 448'),
    ],
    lookalikes: ['Přihláška'],
  },
  {
    id: 'ru-email-032',
    lang: 'ru',
    country: 'RU',
    register: 'email',
    text: `Здравствуйте, Дмитрий Сергеевич! Пересылаю контакты переводчика: Анна Смирнова, anna.smirnova@yandex.ru, +7 916 204-38-71. Договор № 44/2024 подпишем в пятницу.`,
    values: [person('Дмитрий Сергеевич'), person('Анна Смирнова'), email('anna.smirnova@yandex.ru'), phone('+7 916 204-38-71')],
    lookalikes: ['№ 44/2024'],
  },
  {
    id: 'hu-ticket-033',
    lang: 'hu',
    country: 'HU',
    register: 'ticket',
    text: `Hibajegy 7720: Nagy Bence ügyfél (Andrássy út 61, 1062 Budapest) nem kapta meg a számlát. E-mail: nagy.bence@freemail.hu, mobil: +36 30 412 8875.`,
    values: [
      person('Nagy Bence'),
      location('Andrássy út 61, 1062 Budapest'),
      email('nagy.bence@freemail.hu'),
      phone('+36 30 412 8875'),
    ],
    lookalikes: ['Hibajegy 7720'],
  },
  {
    id: 'ro-chat-034',
    lang: 'ro',
    country: 'RO',
    register: 'chat',
    text: `Salut, poți să-mi scrii un CV scurt? Mă numesc Andreea Ionescu, născută pe 9 februarie 1992, locuiesc în Cluj-Napoca, str. Memorandumului 28, tel 0744 518 302`,
    values: [
      person('Andreea Ionescu'),
      dob('9 februarie 1992'),
      location('str. Memorandumului 28'),
      phone('0744 518 302'),
    ],
    lookalikes: [],
  },
  {
    id: 'pl-chat-035',
    lang: 'pl',
    country: 'PL',
    register: 'chat',
    text: `Jaka jest różnica między Allegro Smart a Amazon Prime w Polsce? Zamówienie nr 90072114382 nadal w drodze od 5 dni`,
    values: [],
    lookalikes: ['Allegro Smart', 'Amazon Prime', '90072114382', '5 dni'],
    failing: [failing('PL_PESEL', '90072114382')],
  },
  {
    id: 'se-chat-036',
    lang: 'sv',
    country: 'SE',
    register: 'chat',
    text: `Vad kostar en resa med SJ från Uppsala till Umeå i juni? Tåg 94 går 06:12`,
    values: [],
    lookalikes: ['SJ', 'Uppsala', 'Umeå', 'Tåg 94', '06:12'],
  },
  {
    id: 'fi-form-037',
    lang: 'sv-FI',
    country: 'FI',
    register: 'form',
    text: `Ansökan om hyresbostad
Sökande: Linnea Backman
Personbeteckning: 240895-322U, medsökande barn: 110612A487R
Adress: Slottsgatan 8 A 3, 20100 Åbo`,
    values: [
      person('Linnea Backman'),
      id('FI_PERSONAL_IDENTITY_CODE', '240895-322U'),
      id('FI_PERSONAL_IDENTITY_CODE', '110612A487R'),
      location('Slottsgatan 8 A 3, 20100 Åbo'),
    ],
    lookalikes: ['Ansökan om hyresbostad'],
  },
  {
    id: 'pl-note-038',
    lang: 'pl',
    country: 'PL',
    register: 'note',
    text: `Notatka ze spotkania 12.06: p. Halina Dąbrowska zgłosiła, że jej syn Kacper (PESEL 06221409150, tak jak w bazie) zmienił numer na 730 115 298. Termin kolejnego spotkania: 26.06, godz. 10:00.`,
    values: [person('Halina Dąbrowska'), person('Kacper'), id('PL_PESEL', '06221409150'), phone('730 115 298')],
    lookalikes: ['12.06', '26.06, godz. 10:00'],
  },
];
