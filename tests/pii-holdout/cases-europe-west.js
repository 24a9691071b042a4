// Held-out PII cases: Germany, Austria, Switzerland, France, Belgium, the Netherlands, Spain,
// Italy and Portugal. Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, secret, card, iban, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'de-email-001',
    lang: 'de',
    country: 'DE',
    register: 'email',
    text: `Hallo Frau Weiß,

anbei wie besprochen die Unterlagen für die Steuererklärung. Ihre Steuer-ID lautet 63819472531, die Bankverbindung für die Erstattung: DE84 7002 0270 0015 2077 44.

Mit freundlichen Grüßen
Jürgen Hoffmann
Steuerberatung Hoffmann & Partner
Tel. 069 / 2731 8840`,
    values: [
      person('Weiß'),
      id('DE_TAX_ID', '63819472531'),
      iban('DE84 7002 0270 0015 2077 44'),
      person('Jürgen Hoffmann'),
      phone('069 / 2731 8840'),
    ],
    lookalikes: ['Steuererklärung'],
  },
  {
    id: 'de-chat-002',
    lang: 'de',
    country: 'DE',
    register: 'chat',
    text: `kannst du mir helfen, eine Kündigung zu schreiben? Vertragsnummer 7741-220-93, ich heiße Anna-Lena Brandt und wohne in der Schönhauser Allee 142, 10437 Berlin. Kündigung zum 31.12.`,
    values: [person('Anna-Lena Brandt'), location('Schönhauser Allee 142, 10437 Berlin')],
    lookalikes: ['7741-220-93', '31.12.'],
  },
  {
    id: 'de-form-003',
    lang: 'de',
    country: 'DE',
    register: 'form',
    text: `Personalfragebogen
Name, Vorname: Yılmaz, Mehmet
Geburtsdatum: 12.03.1985
Geburtsort: Duisburg
Anschrift: Hauptstr. 5
69117 Heidelberg
Steuerliche Identifikationsnummer: 35 172 948 102
Telefon: 0171 4429318`,
    values: [
      person('Yılmaz, Mehmet'),
      dob('12.03.1985'),
      location('Hauptstr. 5\n69117 Heidelberg'),
      id('DE_TAX_ID', '35 172 948 102'),
      phone('0171 4429318'),
    ],
    lookalikes: ['Personalfragebogen'],
  },
  {
    id: 'de-ticket-004',
    lang: 'de',
    country: 'DE',
    register: 'ticket',
    text: `Kunde meldet: Paket nicht angekommen. Sendungsnummer 00340434161094027318, Rechnungsnummer 20480173655. Lieferadresse laut Kunde: Lindwurmstraße 88, 80337 München. Rückruf unter +49 (0) 89 21 33 46 70.`,
    values: [location('Lindwurmstraße 88, 80337 München'), phone('+49 (0) 89 21 33 46 70')],
    lookalikes: ['00340434161094027318', '20480173655'],
    failing: [failing('DE_TAX_ID', '20480173655')],
  },
  {
    id: 'de-note-005',
    lang: 'de',
    country: 'DE',
    register: 'note',
    text: `Aufnahmebefund: Pat. Frau Ingrid Schäfer, geb. 04.07.1939, Z.n. Sturz zu Hause. Tochter (Sabine Krüger) informiert, Tel. 0221 9402118. Hausarzt: Dr. med. Klaus Becker, Köln-Ehrenfeld.`,
    values: [
      person('Ingrid Schäfer'),
      dob('04.07.1939'),
      person('Sabine Krüger'),
      phone('0221 9402118'),
      person('Klaus Becker'),
    ],
    lookalikes: ['Z.n. Sturz'],
  },
  {
    id: 'de-chat-006',
    lang: 'en',
    country: 'DE',
    register: 'chat',
    text: `I'm moving to Germany for a job. My employer asked for my "Steuer-ID", I got a letter from the Bundeszentralamt with 72049615370 on it — is that the one? Also what's an Anmeldung`,
    values: [id('DE_TAX_ID', '72049615370')],
    lookalikes: ['Bundeszentralamt', 'Anmeldung'],
  },
  {
    id: 'de-log-007',
    lang: 'de',
    country: 'DE',
    register: 'log',
    text: `2024-02-19 08:31:55 [lohn-import] FEHLER Zeile 88: IdNr "9142638504 5" ungültig formatiert (Leerzeichen), Mitarbeiter=Katharina Vogel, Personalnummer=004417`,
    values: [id('DE_TAX_ID', '9142638504 5'), person('Katharina Vogel')],
    lookalikes: ['Zeile 88', 'Personalnummer=004417'],
  },
  {
    id: 'de-email-008',
    lang: 'de',
    country: 'DE',
    register: 'email',
    text: `Liebe Kolleginnen und Kollegen,

das Release 5.3.0 geht am Donnerstag, 14. März, um 18 Uhr live. Bitte bis Mittwoch alle Tickets im Board (Sprint 42) schließen.

Viele Grüße
Team Plattform`,
    values: [],
    lookalikes: ['5.3.0', 'Donnerstag, 14. März', '18 Uhr', 'Sprint 42'],
  },
  {
    id: 'at-form-009',
    lang: 'de-AT',
    country: 'AT',
    register: 'form',
    text: `Meldezettel (Abschrift)
Familienname: Gruber
Vorname: Florian Maximilian
Geburtsdatum: 23.11.1990
Unterkunft: Mariahilfer Straße 47/3/12, 1060 Wien
Tel: +43 664 1829337`,
    values: [
      person('Gruber'),
      person('Florian Maximilian'),
      dob('23.11.1990'),
      location('Mariahilfer Straße 47/3/12, 1060 Wien'),
      phone('+43 664 1829337'),
    ],
    lookalikes: ['Meldezettel'],
  },
  {
    id: 'at-email-010',
    lang: 'de-AT',
    country: 'AT',
    register: 'email',
    text: `Servus Lukas, kannst du die Miete für Dezember bitte auf AT16 2011 1829 1406 6500 überweisen? Lautend auf Theresa Pichler. Danke dir! LG Resi`,
    values: [person('Lukas'), iban('AT16 2011 1829 1406 6500'), person('Theresa Pichler'), person('Resi')],
    lookalikes: ['Dezember'],
  },
  {
    id: 'ch-ticket-011',
    lang: 'de-CH',
    country: 'CH',
    register: 'ticket',
    text: `Rückerstattung bitte auf CH23 0483 5018 3492 7700 2 (Konto Reto Brunner, Bahnhofstrasse 21, 8001 Zürich). Bestellung 2024-CH-55102, Betrag CHF 249.90.`,
    values: [iban('CH23 0483 5018 3492 7700 2'), person('Reto Brunner'), location('Bahnhofstrasse 21, 8001 Zürich')],
    lookalikes: ['2024-CH-55102', 'CHF 249.90'],
  },
  {
    id: 'ch-chat-012',
    lang: 'fr-CH',
    country: 'CH',
    register: 'chat',
    text: `salut, peux-tu corriger ce message pour ma régie? "Madame, je vous informe que Mme Laetitia Favre quitte l'appartement au 1er mars. Contact: 079 412 55 87"`,
    values: [person('Laetitia Favre'), phone('079 412 55 87')],
    lookalikes: ['1er mars'],
  },
  {
    id: 'de-code-013',
    lang: 'de',
    country: 'XX',
    register: 'code',
    text: `# docker-compose.yml (bitte nicht committen!!)
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: Fr1tzK0la_2024!
  redis:
    command: redis-server --requirepass 8d2fKq93LmZx01Pw`,
    values: [secret('Fr1tzK0la_2024!'), secret('8d2fKq93LmZx01Pw')],
    lookalikes: ['postgres:16.2'],
  },
  {
    id: 'de-chat-014',
    lang: 'de',
    country: 'DE',
    register: 'chat',
    text: `Was ist der Unterschied zwischen der Steuer-ID und der Steuernummer? Auf meinem Bescheid steht 21/815/08150 und oben rechts 28750136920.`,
    values: [id('DE_TAX_ID', '28750136920')],
    lookalikes: ['21/815/08150'],
  },
  {
    id: 'de-note-015',
    lang: 'de',
    country: 'DE',
    register: 'note',
    text: `Gesprächsnotiz 05.06.: Bewerberin Fatma Demir (geboren am 9. Oktober 1996 in Essen) hat zugesagt, Start 01.08. Vertrag an f.demir@gmx.de, Adresse Rüttenscheider Str. 201, 45131 Essen.`,
    values: [
      person('Fatma Demir'),
      dob('9. Oktober 1996'),
      email('f.demir@gmx.de'),
      location('Rüttenscheider Str. 201, 45131 Essen'),
    ],
    lookalikes: ['05.06.', '01.08.'],
  },
  {
    id: 'de-document-016',
    lang: 'de',
    country: 'DE',
    register: 'document',
    text: `Vollmacht

Hiermit bevollmächtige ich, Wolfgang Dietrich Neumann, geb. 30.01.1952, wohnhaft Am Kirchberg 3, 01309 Dresden, meinen Sohn Tobias Neumann, mich in allen Angelegenheiten gegenüber der Deutschen Rentenversicherung zu vertreten.`,
    values: [
      person('Wolfgang Dietrich Neumann'),
      dob('30.01.1952'),
      location('Am Kirchberg 3, 01309 Dresden'),
      person('Tobias Neumann'),
    ],
    lookalikes: ['Deutschen Rentenversicherung', 'Vollmacht'],
  },
  {
    id: 'fr-email-017',
    lang: 'fr',
    country: 'FR',
    register: 'email',
    text: `Bonjour Madame Rousseau,

Suite à notre échange téléphonique, pourriez-vous nous transmettre votre numéro de sécurité sociale (le 2 91 03 75 056 142 81 que vous avez indiqué semble incomplet sur notre formulaire) ainsi qu'un RIB ?

Cordialement,
Jean-Baptiste Lefèvre
Service RH — 01 42 68 53 00`,
    values: [
      person('Rousseau'),
      id('FR_NIR', '2 91 03 75 056 142 81'),
      person('Jean-Baptiste Lefèvre'),
      phone('01 42 68 53 00'),
    ],
    lookalikes: ['RIB', 'Service RH'],
  },
  {
    id: 'fr-form-018',
    lang: 'fr',
    country: 'FR',
    register: 'form',
    text: `FICHE D'INSCRIPTION
Nom : BENALI
Prénom : Nadia
Née le : 17/09/1988 à Lyon
Adresse : 12 rue des Lilas, 69003 Lyon
Portable : 06 12 48 93 57
N° SS : 288119205011606`,
    values: [
      person('BENALI'),
      person('Nadia'),
      dob('17/09/1988'),
      location('12 rue des Lilas, 69003 Lyon'),
      phone('06 12 48 93 57'),
      id('FR_NIR', '288119205011606'),
    ],
    lookalikes: ["FICHE D'INSCRIPTION"],
  },
  {
    id: 'fr-chat-019',
    lang: 'fr',
    country: 'FR',
    register: 'chat',
    text: `c'est quoi la différence entre la carte vitale et le numéro de sécu ? sur ma carte il y a 1 84 12 76 451 089 46 et sur l'attestation aussi`,
    values: [id('FR_NIR', '1 84 12 76 451 089 46')],
    lookalikes: ['carte vitale'],
  },
  {
    id: 'fr-note-020',
    lang: 'fr',
    country: 'FR',
    register: 'note',
    text: `CR consultation 12/04 — M. Thierry Lambert, né le 3 février 1963, NIR 163091305592102. Suivi HTA. Épouse (Martine) joignable au 04 91 55 23 10. Prochain RDV dans 3 mois.`,
    values: [
      person('Thierry Lambert'),
      dob('3 février 1963'),
      id('FR_NIR', '163091305592102'),
      person('Martine'),
      phone('04 91 55 23 10'),
    ],
    lookalikes: ['12/04', 'HTA', '3 mois'],
  },
  {
    id: 'fr-ticket-021',
    lang: 'fr',
    country: 'FR',
    register: 'ticket',
    text: `Réclamation client n° RC-2024-7781 : M. Karim Haddad signale un double prélèvement sur sa carte 5209 6601 4387 2256. Adresse de facturation : 45, avenue Jean-Jaurès 31000 Toulouse. Remboursement sur FR76 1027 8060 3200 0218 4371 507.`,
    values: [
      person('Karim Haddad'),
      card('5209 6601 4387 2256'),
      location('45, avenue Jean-Jaurès 31000 Toulouse'),
      iban('FR76 1027 8060 3200 0218 4371 507'),
    ],
    lookalikes: ['RC-2024-7781'],
  },
  {
    id: 'fr-chat-022',
    lang: 'fr',
    country: 'FR',
    register: 'chat',
    text: `Quels sont les horaires du musée d'Orsay le jeudi ? On vient de Marseille avec le TGV de 7h42, arrivée gare de Lyon vers 11h`,
    values: [],
    lookalikes: ["musée d'Orsay", 'TGV de 7h42', 'gare de Lyon', '11h'],
  },
  {
    id: 'fr-email-023',
    lang: 'fr',
    country: 'FR',
    register: 'email',
    text: `Coucou Émilie !! voici mon nouveau numéro : +33 7 81 24 66 09 et ma nouvelle adresse mail c'est camille.dubois (arobase) laposte.net. Bisous, Camille`,
    values: [person('Émilie'), phone('+33 7 81 24 66 09'), email('camille.dubois (arobase) laposte.net'), person('Camille')],
    lookalikes: [],
  },
  {
    id: 'fr-form-024',
    lang: 'fr',
    country: 'FR',
    register: 'form',
    text: `Demande d'adhésion mutuelle
Assuré : Lucas Moreau-Girard
Date de naissance : 21.05.1999
N° de sécurité sociale : 1 99 05 59 350 277 75
Adresse : 8 place du Théâtre, 59000 Lille
Tél. : 03.20.57.41.96`,
    values: [
      person('Lucas Moreau-Girard'),
      dob('21.05.1999'),
      id('FR_NIR', '1 99 05 59 350 277 75'),
      location('8 place du Théâtre, 59000 Lille'),
      phone('03.20.57.41.96'),
    ],
    lookalikes: ["Demande d'adhésion mutuelle"],
  },
  {
    id: 'fr-log-025',
    lang: 'fr',
    country: 'FR',
    register: 'log',
    text: `WARN 2024-05-07T10:12:03+02:00 inscription.service - numéro NIR rejeté pour l'usager id=55201: "2 78 02 13 055 418 93" (clé contrôlée OK, département 13 hors périmètre)`,
    values: [id('FR_NIR', '2 78 02 13 055 418 93')],
    lookalikes: ['2024-05-07T10:12:03+02:00', 'id=55201'],
  },
  {
    id: 'be-ticket-026',
    lang: 'nl-BE',
    country: 'BE',
    register: 'ticket',
    text: `Klant Lotte Peeters vraagt terugbetaling van €35 op rekening BE47 0682 5310 7480. Bestelnummer 110-448-302. GSM 0475 21 88 04.`,
    values: [person('Lotte Peeters'), iban('BE47 0682 5310 7480'), phone('0475 21 88 04')],
    lookalikes: ['€35', '110-448-302'],
  },
  {
    id: 'be-email-027',
    lang: 'fr-BE',
    country: 'BE',
    register: 'email',
    text: `Bonjour, je vous confirme l'adresse de livraison : Mme Aurélie Dubois-Janssens, Rue Neuve 53, 1000 Bruxelles. Merci de virer l'acompte sur BE37 3630 8291 4428. Bien à vous.`,
    values: [person('Aurélie Dubois-Janssens'), location('Rue Neuve 53, 1000 Bruxelles'), iban('BE37 3630 8291 4428')],
    lookalikes: [],
  },
  {
    id: 'nl-form-028',
    lang: 'nl',
    country: 'NL',
    register: 'form',
    text: `Inschrijfformulier huisartsenpraktijk
Naam: Pieter van der Berg
Geboortedatum: 14-02-1987
BSN: 237198460
Adres: Prinsengracht 263, 1016 GV Amsterdam
Telefoon: 06-41829937`,
    values: [
      person('Pieter van der Berg'),
      dob('14-02-1987'),
      id('NL_BSN', '237198460'),
      location('Prinsengracht 263, 1016 GV Amsterdam'),
      phone('06-41829937'),
    ],
    lookalikes: ['Inschrijfformulier huisartsenpraktijk'],
  },
  {
    id: 'nl-chat-029',
    lang: 'nl',
    country: 'NL',
    register: 'chat',
    text: `hoi, mijn werkgever vraagt om mijn burgerservicenummer, is het veilig om 6034.81.723 gewoon in een mailtje te zetten? of beter via hun portal`,
    values: [id('NL_BSN', '6034.81.723')],
    lookalikes: [],
  },
  {
    id: 'nl-email-030',
    lang: 'nl',
    country: 'NL',
    register: 'email',
    text: `Beste meneer De Vries,

Uw factuur 2024-0871 (factuurnummer 237198461) staat nog open. Wilt u het bedrag van € 129,95 overmaken naar NL23 RABO 0312 8754 69 t.n.v. Fietsenmaker Jansen?

Met vriendelijke groet,
Thijs Jansen`,
    values: [person('De Vries'), iban('NL23 RABO 0312 8754 69'), person('Thijs Jansen')],
    lookalikes: ['2024-0871', '237198461', '€ 129,95'],
    failing: [failing('NL_BSN', '237198461')],
  },
  {
    id: 'nl-note-031',
    lang: 'nl',
    country: 'NL',
    register: 'note',
    text: `Intake wijkverpleging: mevr. Sanne de Wit-Bakker, geboren op 3 oktober 1941, BSN 184509373. Woont alleen, Oudegracht 112
3511 AX Utrecht. Dochter Marloes: 030-2318844.`,
    values: [
      person('Sanne de Wit-Bakker'),
      dob('3 oktober 1941'),
      id('NL_BSN', '184509373'),
      location('Oudegracht 112\n3511 AX Utrecht'),
      person('Marloes'),
      phone('030-2318844'),
    ],
    lookalikes: [],
  },
  {
    id: 'nl-log-032',
    lang: 'nl',
    country: 'NL',
    register: 'log',
    text: `{"level":"warn","service":"digid-koppeling","msg":"bsn mismatch","bsn":"916273052","expected_name":"Ahmed El Amrani","ip":"145.53.201.17","t":"2024-04-02T09:12:44Z"}`,
    values: [id('NL_BSN', '916273052'), person('Ahmed El Amrani'), ip('145.53.201.17')],
    lookalikes: ['digid-koppeling', '2024-04-02T09:12:44Z'],
  },
  {
    id: 'nl-chat-033',
    lang: 'en',
    country: 'NL',
    register: 'chat',
    text: `I live in Rotterdam and my BSN is 450826193. The gemeente says my registration address (Witte de Withstraat 40A, 3012 BR Rotterdam) is wrong, how do I fix it?`,
    values: [id('NL_BSN', '450826193'), location('Witte de Withstraat 40A, 3012 BR Rotterdam')],
    lookalikes: ['gemeente'],
  },
  {
    id: 'nl-ticket-034',
    lang: 'nl',
    country: 'NL',
    register: 'ticket',
    text: `Storing glasvezel, klant Daan Visser (klantnr 309715843), adres Lange Voorhout 9, 2514 EA Den Haag. Modem firmware 7.01.4.11. Terugbellen op +31 70 346 2291.`,
    values: [person('Daan Visser'), location('Lange Voorhout 9, 2514 EA Den Haag'), phone('+31 70 346 2291')],
    lookalikes: ['309715843', '7.01.4.11'],
    failing: [failing('NL_BSN', '309715843')],
  },
  {
    id: 'es-form-035',
    lang: 'es',
    country: 'ES',
    register: 'form',
    text: `SOLICITUD DE ALTA
Nombre y apellidos: José Antonio Martínez García
DNI: 48291037-F
Fecha de nacimiento: 21/06/1993
Domicilio: Calle de Alcalá 120, 3º B, 28009 Madrid
Teléfono: 612 48 93 57`,
    values: [
      person('José Antonio Martínez García'),
      id('ES_NIF', '48291037-F'),
      dob('21/06/1993'),
      location('Calle de Alcalá 120, 3º B, 28009 Madrid'),
      phone('612 48 93 57'),
    ],
    lookalikes: ['SOLICITUD DE ALTA'],
  },
  {
    id: 'es-chat-036',
    lang: 'es',
    country: 'ES',
    register: 'chat',
    text: `hola! me puedes ayudar a rellenar el modelo 030? mi NIE es Y2093157X y vivo en C/ Mallorca 241, 08008 Barcelona desde enero`,
    values: [id('ES_NIE', 'Y2093157X'), location('C/ Mallorca 241, 08008 Barcelona')],
    lookalikes: ['modelo 030', 'enero'],
  },
  {
    id: 'es-email-037',
    lang: 'es',
    country: 'ES',
    register: 'email',
    text: `Estimada María del Carmen:

Le adjuntamos el contrato. Para completar el alta necesitamos su DNI (05372614K según nos indicó) y un número de cuenta; el que tenemos es ES63 0182 2370 4202 0183 9475.

Un saludo,
Departamento de Administración
Inmobiliaria Levante — 96 352 41 88`,
    values: [person('María del Carmen'), id('ES_NIF', '05372614K'), iban('ES63 0182 2370 4202 0183 9475')],
    lookalikes: ['Inmobiliaria Levante', 'Departamento de Administración'],
  },
  {
    id: 'es-note-038',
    lang: 'es',
    country: 'ES',
    register: 'note',
    text: `Paciente: Dña. Rocío Fernández Ortega, nacida el 8 de enero de 1984. NIF 71820953A. Acude por lumbalgia. Teléfono de contacto +34 655 210 374. Revisión el 15/07.`,
    values: [
      person('Rocío Fernández Ortega'),
      dob('8 de enero de 1984'),
      id('ES_NIF', '71820953A'),
      phone('+34 655 210 374'),
    ],
    lookalikes: ['15/07', 'lumbalgia'],
  },
  {
    id: 'es-ticket-039',
    lang: 'es',
    country: 'ES',
    register: 'ticket',
    text: `Incidencia #44102: el cliente (NIE z0718264w, nombre Andrei Popescu) no puede firmar con certificado digital. Navegador Firefox 125. Pide que le llamemos al 91 402 31 88.`,
    values: [id('ES_NIE', 'z0718264w'), person('Andrei Popescu'), phone('91 402 31 88')],
    lookalikes: ['#44102', 'Firefox 125'],
  },
  {
    id: 'es-chat-040',
    lang: 'es',
    country: 'ES',
    register: 'chat',
    text: `Cuál es mejor para ir de Sevilla a Granada, el AVE o el autobús de Alsa? Salgo el viernes 12 sobre las 9`,
    values: [],
    lookalikes: ['Sevilla', 'Granada', 'AVE', 'Alsa', 'viernes 12'],
  },
  {
    id: 'es-form-041',
    lang: 'es',
    country: 'ES',
    register: 'form',
    text: `Datos del arrendatario:
- Nombre: Wang Lei (王磊)
- NIE: X-4821736-Q
- Fecha nac.: 1990-03-02
- Email: wanglei.bcn@163.com`,
    values: [
      person('Wang Lei'),
      person('王磊'),
      id('ES_NIE', 'X-4821736-Q'),
      dob('1990-03-02'),
      email('wanglei.bcn@163.com'),
    ],
    lookalikes: [],
  },
  {
    id: 'es-document-042',
    lang: 'es',
    country: 'ES',
    register: 'document',
    text: `CONTRATO DE ARRENDAMIENTO

En Valencia, a 2 de septiembre de 2024.

REUNIDOS: De una parte, D. Francisco Javier Soler Pons, mayor de edad, con DNI 33058217H, y domicilio en Avenida del Puerto 77, 46021 Valencia; y de otra, Dña. Lucía Navarro Gil, con NIE Y6254830V.`,
    values: [
      person('Francisco Javier Soler Pons'),
      id('ES_NIF', '33058217H'),
      location('Avenida del Puerto 77, 46021 Valencia'),
      person('Lucía Navarro Gil'),
      id('ES_NIE', 'Y6254830V'),
    ],
    lookalikes: ['2 de septiembre de 2024', 'CONTRATO DE ARRENDAMIENTO'],
  },
  {
    id: 'es-log-043',
    lang: 'es',
    country: 'ES',
    register: 'log',
    text: `[ERROR] facturacion-api 2024-06-11 12:44:09 - NIF inválido en pedido PED-998127: "26419860J " (espacios al final) cliente_email=jordi.puig@telefonica.net`,
    values: [id('ES_NIF', '26419860J'), email('jordi.puig@telefonica.net')],
    lookalikes: ['PED-998127', '2024-06-11 12:44:09'],
  },
  {
    id: 'es-chat-044',
    lang: 'es',
    country: 'ES',
    register: 'chat',
    text: `mi abuela nació el 30 de noviembre de 1931 en Lugo y necesitamos su partida de nacimiento para la nacionalidad de mi primo, dónde se pide?`,
    values: [dob('30 de noviembre de 1931')],
    lookalikes: ['partida de nacimiento'],
  },
  {
    id: 'es-email-045',
    lang: 'es',
    country: 'ES',
    register: 'email',
    text: `Hola Pablo, te paso los datos de la nueva: Nerea Etxeberria, NIF 50773142K, cuenta ES56 2080 3104 5162 0041 8827, móvil 688 41 20 95. Empieza el lunes. Gracias! Ainhoa`,
    values: [
      person('Pablo'),
      person('Nerea Etxeberria'),
      id('ES_NIF', '50773142K'),
      iban('ES56 2080 3104 5162 0041 8827'),
      phone('688 41 20 95'),
      person('Ainhoa'),
    ],
    lookalikes: [],
  },
  {
    id: 'es-ticket-046',
    lang: 'es',
    country: 'ES',
    register: 'ticket',
    text: `Cliente con NIE X9137702D (Oleksandra Kovalenko) pide cambio de titular del contrato de luz. Dirección de suministro: Calle Larios 8, 29005 Málaga. CUPS ES0031405678901234AB.`,
    values: [id('ES_NIE', 'X9137702D'), person('Oleksandra Kovalenko'), location('Calle Larios 8, 29005 Málaga')],
    lookalikes: [],
  },
  {
    id: 'es-note-047',
    lang: 'ca',
    country: 'ES',
    register: 'note',
    text: `Nota: la Montserrat Vidal i Riera (DNI 12948306L) truca per canviar la cita del dia 23. Nou telèfon 639 77 12 04.`,
    values: [person('Montserrat Vidal i Riera'), id('ES_NIF', '12948306L'), phone('639 77 12 04')],
    lookalikes: ['dia 23'],
  },
  {
    id: 'it-form-048',
    lang: 'it',
    country: 'IT',
    register: 'form',
    text: `MODULO DI ISCRIZIONE
Cognome e nome: Bianchi Giulia
Nata a Milano il 23/07/1992
Codice fiscale: BNCGLI92L63F205V
Residenza: Via Roma 12, 20121 Milano
Cellulare: 347 812 4490`,
    values: [
      person('Bianchi Giulia'),
      dob('23/07/1992'),
      id('IT_FISCAL_CODE', 'BNCGLI92L63F205V'),
      location('Via Roma 12, 20121 Milano'),
      phone('347 812 4490'),
    ],
    lookalikes: ['MODULO DI ISCRIZIONE'],
  },
  {
    id: 'it-chat-049',
    lang: 'it',
    country: 'IT',
    register: 'chat',
    text: `ciao, come faccio a verificare se il mio codice fiscale spsmrc78s05f839d è corretto? il CAF dice che c'è un errore`,
    values: [id('IT_FISCAL_CODE', 'spsmrc78s05f839d')],
    lookalikes: ['CAF'],
  },
  {
    id: 'it-email-050',
    lang: 'it',
    country: 'IT',
    register: 'email',
    text: `Gentile Dott.ssa Romano,

le confermo l'appuntamento di giovedì alle 15:30. Per la fattura mi servirebbe il suo codice fiscale: RMN FNC 85B54 H501V è corretto?

Cordiali saluti,
Studio Legale Marchetti
Tel. 06 4782 3310`,
    values: [person('Romano'), id('IT_FISCAL_CODE', 'RMN FNC 85B54 H501V')],
    lookalikes: ['giovedì alle 15:30', 'Studio Legale Marchetti'],
  },
  {
    id: 'it-note-051',
    lang: 'it',
    country: 'IT',
    register: 'note',
    text: `Anamnesi: sig. Alessandro Ferrari, nato il 30 aprile 1969 a Torino, CF FRRLSN69D30L219R. Iperteso, in terapia con ramipril 5 mg. Moglie (Paola) reperibile al +39 333 918 2045.`,
    values: [
      person('Alessandro Ferrari'),
      dob('30 aprile 1969'),
      id('IT_FISCAL_CODE', 'FRRLSN69D30L219R'),
      person('Paola'),
      phone('+39 333 918 2045'),
    ],
    lookalikes: ['ramipril 5 mg'],
  },
  {
    id: 'it-ticket-052',
    lang: 'it',
    country: 'IT',
    register: 'ticket',
    text: `Ticket 88213 — la cliente Chiara Colombo (CF: CLMCHR01P49A794F) segnala che la bolletta di maggio è arrivata all'indirizzo vecchio. Nuovo indirizzo: Corso Vittorio Emanuele II 84, 80121 Napoli.`,
    values: [
      person('Chiara Colombo'),
      id('IT_FISCAL_CODE', 'CLMCHR01P49A794F'),
      location('Corso Vittorio Emanuele II 84, 80121 Napoli'),
    ],
    lookalikes: ['Ticket 88213', 'maggio'],
  },
  {
    id: 'it-chat-053',
    lang: 'en',
    country: 'IT',
    register: 'chat',
    text: `my italian colleague Luca Ricci needs his codice fiscale on the contract, he sent RCCLCU90C12A944N — can you check it matches someone born 12 March 1990 in Bologna?`,
    values: [person('Luca Ricci'), id('IT_FISCAL_CODE', 'RCCLCU90C12A944N'), dob('12 March 1990')],
    lookalikes: [],
  },
  {
    id: 'it-document-054',
    lang: 'it',
    country: 'IT',
    register: 'document',
    text: `PROCURA SPECIALE
Il sottoscritto Salvatore Greco, nato a Palermo il 01/12/1956, C.F. GRCSVT56T01G273M, residente in Via Libertà 171, 90143 Palermo, nomina suo procuratore l'Avv. Giuseppe Lo Bianco.`,
    values: [
      person('Salvatore Greco'),
      dob('01/12/1956'),
      id('IT_FISCAL_CODE', 'GRCSVT56T01G273M'),
      location('Via Libertà 171, 90143 Palermo'),
      person('Giuseppe Lo Bianco'),
    ],
    lookalikes: ['PROCURA SPECIALE'],
  },
  {
    id: 'it-log-055',
    lang: 'it',
    country: 'IT',
    register: 'log',
    text: `2024-03-14 17:20:01 WARN anagrafe-sync codice_fiscale=CNTLNE88H67D612C nome="Elena Conti" iban=IT89K0306909606100000063479 esito=DUPLICATO`,
    values: [
      id('IT_FISCAL_CODE', 'CNTLNE88H67D612C'),
      person('Elena Conti'),
      iban('IT89K0306909606100000063479'),
    ],
    lookalikes: ['anagrafe-sync', 'esito=DUPLICATO'],
  },
  {
    id: 'it-chat-056',
    lang: 'it',
    country: 'IT',
    register: 'chat',
    text: `Qual è il codice prodotto giusto per il filtro della Bialetti Moka Express 6 tazze? sulla scatola c'è 0001165/X2 e BNCGLI92L63F205X non so quale sia`,
    values: [],
    lookalikes: ['Bialetti Moka Express', '0001165/X2', 'BNCGLI92L63F205X'],
    failing: [failing('IT_FISCAL_CODE', 'BNCGLI92L63F205X')],
  },
  {
    id: 'pt-email-057',
    lang: 'pt-PT',
    country: 'PT',
    register: 'email',
    text: `Olá Inês, segue o NIB/IBAN para a transferência: PT70 0035 0651 0000 4728 8032 7, titular João Pedro Almeida. Morada para a fatura: Rua Augusta 274, 1100-053 Lisboa. Obrigado!`,
    values: [
      person('Inês'),
      iban('PT70 0035 0651 0000 4728 8032 7'),
      person('João Pedro Almeida'),
      location('Rua Augusta 274, 1100-053 Lisboa'),
    ],
    lookalikes: ['NIB/IBAN'],
  },
  {
    id: 'pt-chat-058',
    lang: 'pt-PT',
    country: 'PT',
    register: 'chat',
    text: `o meu pai nasceu a 14 de agosto de 1948 no Porto, preciso de ajuda a preencher o pedido de reforma. O telemóvel dele é 912 440 318`,
    values: [dob('14 de agosto de 1948'), phone('912 440 318')],
    lookalikes: ['pedido de reforma'],
  },
  {
    id: 'de-chat-059',
    lang: 'de',
    country: 'DE',
    register: 'chat',
    text: `Formuliere bitte eine Mail an meinen Vermieter Herrn Krause: die Heizung in der Wohnung (Bergmannstr. 12, 3. OG links, 10961 Berlin) ist seit dem 2. Januar kaputt. Meine Nummer: 0157 3392 0184`,
    values: [person('Krause'), location('Bergmannstr. 12, 3. OG links, 10961 Berlin'), phone('0157 3392 0184')],
    lookalikes: ['2. Januar'],
  },
  {
    id: 'de-ticket-060',
    lang: 'de',
    country: 'DE',
    register: 'ticket',
    text: `Support-Anfrage: Nutzer kann sich nicht anmelden. E-Mail laut Nutzer: "lena.schmidt(at)web(punkt)de". Browser Edge 124, App-Version 2.8.1. IP 91.64.118.203.`,
    values: [email('lena.schmidt(at)web(punkt)de'), ip('91.64.118.203')],
    lookalikes: ['Edge 124', '2.8.1'],
  },
  {
    id: 'de-form-061',
    lang: 'de',
    country: 'DE',
    register: 'form',
    text: `Antrag auf Kindergeld — Angaben zum Kind
Vorname: Emil
Familienname: Wagner-Okoye
Geburtsdatum: 2021-08-15
Steuer-ID des Kindes: 406 931 825 48`,
    values: [person('Emil'), person('Wagner-Okoye'), dob('2021-08-15'), id('DE_TAX_ID', '406 931 825 48')],
    lookalikes: ['Antrag auf Kindergeld'],
  },
  {
    id: 'de-email-062',
    lang: 'de',
    country: 'DE',
    register: 'email',
    text: `Hi Jonas,
kurze Info: die neue Kollegin heißt Dr. Svetlana Morozova, fängt am 1.4. an, Durchwahl -2217, Mail s.morozova@kanzlei-weber.de. Bitte Zugang zum DMS einrichten.
Grüße, Birgit`,
    values: [person('Jonas'), person('Svetlana Morozova'), email('s.morozova@kanzlei-weber.de'), person('Birgit')],
    lookalikes: ['1.4.', 'DMS'],
  },
  {
    id: 'de-note-063',
    lang: 'de',
    country: 'DE',
    register: 'note',
    text: `Telefonnotiz: Herr Oliver Petersen (Kunde seit 2011) bittet um Rückruf wegen Beitragserhöhung, erreichbar 040 / 38 61 27 55 ab 16 Uhr. Steuer-ID für Bescheinigung: 15930687214.`,
    values: [person('Oliver Petersen'), phone('040 / 38 61 27 55'), id('DE_TAX_ID', '15930687214')],
    lookalikes: ['seit 2011', 'ab 16 Uhr'],
  },
  {
    id: 'de-chat-064',
    lang: 'de',
    country: 'DE',
    register: 'chat',
    text: `Wie lange dauert die Lieferung von IKEA nach Leipzig? Artikelnummer 704.592.02, Bestellnummer 1188420095`,
    values: [],
    lookalikes: ['IKEA', '704.592.02', '1188420095'],
  },
  {
    id: 'de-log-065',
    lang: 'de',
    country: 'DE',
    register: 'log',
    text: `Mar 03 22:10:41 mail postfix/smtpd[4412]: NOQUEUE: reject: RCPT from unknown[185.220.101.47]: 554 5.7.1 <thomas.richter@t-online.de>: Relay access denied`,
    values: [ip('185.220.101.47'), email('thomas.richter@t-online.de')],
    lookalikes: ['postfix/smtpd[4412]', '5.7.1'],
  },
  {
    id: 'fr-chat-065',
    lang: 'fr',
    country: 'FR',
    register: 'chat',
    text: `aide moi à écrire un mot d'excuse pour l'école: ma fille Inès Martin (née le 02/01/2016, CE2) était malade lundi`,
    values: [person('Inès Martin'), dob('02/01/2016')],
    lookalikes: ['lundi'],
  },
  {
    id: 'fr-document-066',
    lang: 'fr',
    country: 'FR',
    register: 'document',
    text: `ATTESTATION D'HÉBERGEMENT
Je soussignée Mme Fatoumata Diallo, née le 12 mars 1979 à Bamako (Mali), demeurant 27 boulevard Voltaire, 75011 Paris, atteste sur l'honneur héberger à mon domicile M. Moussa Keïta depuis le 1er janvier 2024.`,
    values: [
      person('Fatoumata Diallo'),
      dob('12 mars 1979'),
      location('27 boulevard Voltaire, 75011 Paris'),
      person('Moussa Keïta'),
    ],
    lookalikes: ["ATTESTATION D'HÉBERGEMENT", '1er janvier 2024'],
  },
  {
    id: 'fr-ticket-067',
    lang: 'fr',
    country: 'FR',
    register: 'ticket',
    text: `Dossier 2024/0551 — l'assurée Mme Chloé Garnier (NIR 2 02 01 33 063 458 71) conteste le remboursement. Tél 05 56 44 19 82.`,
    values: [person('Chloé Garnier'), id('FR_NIR', '2 02 01 33 063 458 71'), phone('05 56 44 19 82')],
    lookalikes: ['2024/0551'],
  },
  {
    id: 'fr-chat-068',
    lang: 'fr',
    country: 'FR',
    register: 'chat',
    text: `j'ai reçu un colis avec le numéro de suivi 6A18471922034 et une référence 175066912300725, c'est normal ? rien commandé`,
    values: [],
    lookalikes: ['6A18471922034', '175066912300725'],
    failing: [failing('FR_NIR', '175066912300725')],
  },
  {
    id: 'fr-form-069',
    lang: 'fr',
    country: 'FR',
    register: 'form',
    text: `Bulletin d'adhésion — club de voile
Nom/Prénom : Le Gall Yannick
Né le : 06-06-1975
N° sécu : 1 75 06 69 123 007 26
Adresse : 3 quai de la Douane, 29200 Brest
Mail : yannick.legall@orange.fr`,
    values: [
      person('Le Gall Yannick'),
      dob('06-06-1975'),
      id('FR_NIR', '1 75 06 69 123 007 26'),
      location('3 quai de la Douane, 29200 Brest'),
      email('yannick.legall@orange.fr'),
    ],
    lookalikes: ["Bulletin d'adhésion"],
  },
  {
    id: 'nl-email-070',
    lang: 'nl',
    country: 'NL',
    register: 'email',
    text: `Hoi Femke, de nieuwe collega (Bram Hendriks, BSN 728650435, geb. 22-08-1995) begint maandag. Kun jij zijn account aanmaken? Privé mail: bram.hendriks95@ziggo.nl. Groet, Kees`,
    values: [
      person('Femke'),
      person('Bram Hendriks'),
      id('NL_BSN', '728650435'),
      dob('22-08-1995'),
      email('bram.hendriks95@ziggo.nl'),
      person('Kees'),
    ],
    lookalikes: ['maandag'],
  },
  {
    id: 'nl-form-071',
    lang: 'nl',
    country: 'NL',
    register: 'form',
    text: `Aanvraag parkeervergunning
Naam aanvrager: Y. (Yasmina) Bouzid
Burgerservicenummer: 1529 37 602
Kenteken: 47-KXL-9
Adres: Grote Markt 14, 9711 LV Groningen`,
    values: [
      person('Y. (Yasmina) Bouzid'),
      id('NL_BSN', '1529 37 602'),
      location('Grote Markt 14, 9711 LV Groningen'),
    ],
    lookalikes: ['Aanvraag parkeervergunning'],
  },
  {
    id: 'es-chat-072',
    lang: 'es',
    country: 'ES',
    register: 'chat',
    text: `Mi hijo Hugo nació el 5/11/2018, ¿a qué edad puede empezar en el colegio público en Zaragoza? Y qué papeles necesito`,
    values: [person('Hugo'), dob('5/11/2018')],
    lookalikes: ['colegio público'],
  },
  {
    id: 'es-form-073',
    lang: 'es',
    country: 'ES',
    register: 'form',
    text: `Inscripción gimnasio
Nombre: Khadija Amrani
NIE: Z3390518R
Tarjeta: 4716 8203 9154 7724
Tel. 6 3 4 - 2 1 8 - 9 0 7`,
    values: [person('Khadija Amrani'), id('ES_NIE', 'Z3390518R'), card('4716 8203 9154 7724'), phone('6 3 4 - 2 1 8 - 9 0 7')],
    lookalikes: ['Inscripción gimnasio'],
  },
  {
    id: 'it-email-074',
    lang: 'it',
    country: 'IT',
    register: 'email',
    text: `Ciao Marco, ecco i dati per il bonifico: intestato a Elena Conti, IBAN IT89 K030 6909 6061 0000 0063 479, causale "saldo vacanza Sardegna". Grazie mille!`,
    values: [person('Marco'), person('Elena Conti'), iban('IT89 K030 6909 6061 0000 0063 479')],
    lookalikes: ['saldo vacanza Sardegna'],
  },
  {
    id: 'it-chat-075',
    lang: 'it',
    country: 'IT',
    register: 'chat',
    text: `Scrivimi una lettera di presentazione: mi chiamo Martina Esposito, abito in Via dei Mille 40, 80121 Napoli, mail martina.esposito91@libero.it, cell. 348 221 7765`,
    values: [
      person('Martina Esposito'),
      location('Via dei Mille 40, 80121 Napoli'),
      email('martina.esposito91@libero.it'),
      phone('348 221 7765'),
    ],
    lookalikes: [],
  },
  {
    id: 'de-chat-076',
    lang: 'en',
    country: 'DE',
    register: 'chat',
    text: `quick q — my german tax ID is 83275051944 and my wife's is 40693182548... do we file jointly on ELSTER or separately? we married in 2023`,
    values: [id('DE_TAX_ID', '83275051944'), id('DE_TAX_ID', '40693182548')],
    lookalikes: ['ELSTER', '2023'],
  },
  {
    id: 'ch-form-077',
    lang: 'it-CH',
    country: 'CH',
    register: 'form',
    text: `Iscrizione asilo nido
Bambino: Leonardo Bernasconi, nato il 18.09.2022
Genitore: Silvia Bernasconi, Via Nassa 5, 6900 Lugano
Telefono: +41 91 923 44 10`,
    values: [
      person('Leonardo Bernasconi'),
      dob('18.09.2022'),
      person('Silvia Bernasconi'),
      location('Via Nassa 5, 6900 Lugano'),
      phone('+41 91 923 44 10'),
    ],
    lookalikes: ['Iscrizione asilo nido'],
  },
];
