// Held-out PII cases: Australia, New Zealand, Canada, Brazil and Spanish-speaking Latin America.
// Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, card, iban, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'au-form-001',
    lang: 'en-AU',
    country: 'AU',
    register: 'form',
    text: `TFN declaration (copied from paper form)
Name: Mitchell James O'Connor
TFN: 459 318 269
DOB: 22/01/1993
Home address: Unit 5, 22 Smith Street, Fitzroy VIC 3065
Mobile: 0412 345 678`,
    values: [
      person("Mitchell James O'Connor"),
      id('AU_TFN', '459 318 269'),
      dob('22/01/1993'),
      location('Unit 5, 22 Smith Street, Fitzroy VIC 3065'),
      phone('0412 345 678'),
    ],
    lookalikes: ['TFN declaration'],
  },
  {
    id: 'au-chat-002',
    lang: 'en-AU',
    country: 'AU',
    register: 'chat',
    text: `g'day, my new boss wants my tax file number by text — 872041536 — is that dodgy or normal? started at Bunnings last week`,
    values: [id('AU_TFN', '872041536')],
    lookalikes: ['Bunnings'],
  },
  {
    id: 'au-note-003',
    lang: 'en-AU',
    country: 'AU',
    register: 'note',
    text: `ED triage: Ms Chloe Nguyen, 31F, Medicare 2953 51735 1 (IRN 2), DOB 09/06/1993. Presents w/ anaphylaxis after prawns. Partner Tom on 0433 918 204.`,
    values: [
      person('Chloe Nguyen'),
      id('AU_MEDICARE', '2953 51735 1'),
      dob('09/06/1993'),
      person('Tom'),
      phone('0433 918 204'),
    ],
    lookalikes: ['IRN 2'],
  },
  {
    id: 'au-email-004',
    lang: 'en-AU',
    country: 'AU',
    register: 'email',
    text: `Hi Sarah,

Invoice #0042 attached for the bathroom reno. Please pay to BSB 062-000 acct 1234 5678 (Jake Murray Carpentry), ABN 23 618 239 475.

Cheers,
Jake Murray
0400 112 987`,
    values: [person('Sarah'), id('AU_ABN', '23 618 239 475'), person('Jake Murray'), phone('0400 112 987')],
    lookalikes: ['#0042', 'bathroom reno'],
  },
  {
    id: 'au-ticket-005',
    lang: 'en-AU',
    country: 'AU',
    register: 'ticket',
    text: `Customer can't claim rebate online. Medicare no. 4126753081, card holder Aroha Williams, 14 Beach Rd, Bondi NSW 2026. Booking ref 2953517361 (not the card number).`,
    values: [id('AU_MEDICARE', '4126753081'), person('Aroha Williams'), location('14 Beach Rd, Bondi NSW 2026')],
    lookalikes: ['2953517361'],
    failing: [failing('AU_MEDICARE', '2953517361')],
  },
  {
    id: 'au-chat-006',
    lang: 'en-AU',
    country: 'AU',
    register: 'chat',
    text: `whats the cheapest way to get from Sydney to the Blue Mountains on a weekend? train from Central at 8:18 or drive? Opal card ok?`,
    values: [],
    lookalikes: ['Sydney', 'Blue Mountains', 'Central', '8:18', 'Opal card'],
  },
  {
    id: 'au-form-007',
    lang: 'en-AU',
    country: 'AU',
    register: 'form',
    text: `Contractor onboarding
Trading name: Pixel & Pine Design
Contractor: Isla Fitzpatrick (sole trader)
ABN: 26095732184
TFN: 336 187 903
Email: isla@pixelandpine.com.au
Phone: (03) 9650 1122`,
    values: [
      person('Isla Fitzpatrick'),
      id('AU_ABN', '26095732184'),
      id('AU_TFN', '336 187 903'),
      email('isla@pixelandpine.com.au'),
      phone('(03) 9650 1122'),
    ],
    lookalikes: ['Pixel & Pine Design', 'Contractor onboarding'],
  },
  {
    id: 'au-note-008',
    lang: 'en-AU',
    country: 'AU',
    register: 'note',
    text: `Aged care assessment — Mr Kostas Papadakis (b. 3 March 1938), Medicare 5602 18945 3. Lives with daughter Eleni at 8 Rundle St, Kent Town SA 5067. GP Dr. Wong.`,
    values: [
      person('Kostas Papadakis'),
      dob('3 March 1938'),
      id('AU_MEDICARE', '5602 18945 3'),
      person('Eleni'),
      location('8 Rundle St, Kent Town SA 5067'),
      person('Wong'),
    ],
    lookalikes: [],
  },
  {
    id: 'au-log-009',
    lang: 'en',
    country: 'AU',
    register: 'log',
    text: `2024-05-02T03:11:45+10:00 WARN payroll-stp: employee 8812 TFN "214705982" mismatch with ATO record, name="Liam Anderson", abn=14724150369`,
    values: [id('AU_TFN', '214705982'), person('Liam Anderson'), id('AU_ABN', '14724150369')],
    lookalikes: ['payroll-stp', '2024-05-02T03:11:45+10:00'],
  },
  {
    id: 'au-email-010',
    lang: 'en-AU',
    country: 'AU',
    register: 'email',
    text: `Hey Grace, can you update the rego for the ute? It's under my name (Daniel Tipoki), licence on file. Also new Medicare for the kids is 2384 70161 1. Ta — 0422 870 115`,
    values: [
      person('Grace'),
      person('Daniel Tipoki'),
      id('AU_MEDICARE', '2384 70161 1'),
      phone('0422 870 115'),
    ],
    lookalikes: ['rego'],
  },
  {
    id: 'au-ticket-011',
    lang: 'en-AU',
    country: 'AU',
    register: 'ticket',
    text: `myGov link issue: user gives TFN 690 513 240, Medicare 6091 53729 2, DOB 30/11/1987. Name: Harpreet Kaur Sandhu. Error code MGV-4022.`,
    values: [
      id('AU_TFN', '690 513 240'),
      id('AU_MEDICARE', '6091 53729 2'),
      dob('30/11/1987'),
      person('Harpreet Kaur Sandhu'),
    ],
    lookalikes: ['MGV-4022'],
  },
  {
    id: 'au-chat-012',
    lang: 'en-AU',
    country: 'AU',
    register: 'chat',
    text: `is ABN 51 350 817 642 registered for GST? its a plumber (Ryan Kowalski) who quoted me $3,400 for hot water system. also got ref 459318268 on the quote, what's that`,
    values: [id('AU_ABN', '51 350 817 642'), person('Ryan Kowalski')],
    lookalikes: ['$3,400', '459318268', 'GST'],
    failing: [failing('AU_TFN', '459318268')],
  },
  {
    id: 'au-form-012b',
    lang: 'en-AU',
    country: 'AU',
    register: 'form',
    text: `Rental application — NSW
Applicant 1: Jessica Tran, DOB 14.02.1996, mob 0431 207 558
Applicant 2: Marcus Tran, TFN not required
Current address: 3/17 Enmore Rd, Newtown NSW 2042
Employer ABN: 94 861 204 937`,
    values: [
      person('Jessica Tran'),
      dob('14.02.1996'),
      phone('0431 207 558'),
      person('Marcus Tran'),
      location('3/17 Enmore Rd, Newtown NSW 2042'),
      id('AU_ABN', '94 861 204 937'),
    ],
    lookalikes: ['Rental application'],
  },
  {
    id: 'au-note-013',
    lang: 'en-AU',
    country: 'AU',
    register: 'note',
    text: `sole trader file review: Ngaire Parata, ABN 91137590284, TFN 502 864 170. Medicare 3748 02611 1. Lives Cairns QLD, 12 Lake St 4870. Ph +61 7 4051 2290.`,
    values: [
      person('Ngaire Parata'),
      id('AU_ABN', '91137590284'),
      id('AU_TFN', '502 864 170'),
      id('AU_MEDICARE', '3748 02611 1'),
      location('12 Lake St 4870'),
      phone('+61 7 4051 2290'),
    ],
    lookalikes: [],
  },
  {
    id: 'au-email-014',
    lang: 'en-AU',
    country: 'AU',
    register: 'email',
    text: `G'day team, reminder the new TFN for our casual Zara Ahmadi is 741390623 and her super fund USI is AUS0001234AU. Medicare 4930 27582 4. Cheers, Bec (Payroll)`,
    values: [
      id('AU_TFN', '741390623'),
      person('Zara Ahmadi'),
      id('AU_MEDICARE', '4930 27582 4'),
      person('Bec'),
    ],
    lookalikes: ['AUS0001234AU'],
  },
  {
    id: 'au-chat-015',
    lang: 'en-AU',
    country: 'AU',
    register: 'chat',
    text: `Help me write an invoice template with my details: Ben Sutherland, ABN 67 482 063 715, 27 Kings Park Rd, West Perth WA 6005, ben.sutherland.photo@gmail.com, TFN 864 023 158 (not on invoice obviously)`,
    values: [
      person('Ben Sutherland'),
      id('AU_ABN', '67 482 063 715'),
      location('27 Kings Park Rd, West Perth WA 6005'),
      email('ben.sutherland.photo@gmail.com'),
      id('AU_TFN', '864 023 158'),
    ],
    lookalikes: [],
  },
  {
    id: 'nz-email-016',
    lang: 'en-NZ',
    country: 'NZ',
    register: 'email',
    text: `Kia ora Wiremu,

Just confirming the flat inspection at 42 Cuba Street, Te Aro, Wellington 6011 on Sat 10am. Text me on 021 448 902 if you're running late.

Ngā mihi,
Anahera Ngata`,
    values: [
      person('Wiremu'),
      location('42 Cuba Street, Te Aro, Wellington 6011'),
      phone('021 448 902'),
      person('Anahera Ngata'),
    ],
    lookalikes: ['Sat 10am'],
  },
  {
    id: 'ca-form-017',
    lang: 'en-CA',
    country: 'CA',
    register: 'form',
    text: `Employee TD1 / payroll setup
Name: Olivia Tremblay-MacNeil
SIN: 130 714 280
Date of birth: 1990-10-05
Address: 1201-88 Harbour St, Toronto, ON M5J 0C3
Phone: 416-204-7781`,
    values: [
      person('Olivia Tremblay-MacNeil'),
      id('CA_SIN', '130 714 280'),
      dob('1990-10-05'),
      location('1201-88 Harbour St, Toronto, ON M5J 0C3'),
      phone('416-204-7781'),
    ],
    lookalikes: ['TD1'],
  },
  {
    id: 'ca-chat-018',
    lang: 'fr-CA',
    country: 'CA',
    register: 'chat',
    text: `peux-tu m'aider à remplir ma déclaration? mon NAS c'est 725-943-161 pis j'habite au 4550 rue Saint-Denis, Montréal (Québec) H2J 2L3`,
    values: [id('CA_SIN', '725-943-161'), location('4550 rue Saint-Denis, Montréal (Québec) H2J 2L3')],
    lookalikes: [],
  },
  {
    id: 'ca-email-019',
    lang: 'en-CA',
    country: 'CA',
    register: 'email',
    text: `Hi Priyanka,

For the mortgage file I still need Mr. Aiden Kowalchuk's SIN (he wrote 518 302 948 on the form) and proof of address. His cell is +1 604 688 2210.

Thanks,
Mei Ling Chow | Mortgage Specialist`,
    values: [
      person('Priyanka'),
      person('Aiden Kowalchuk'),
      id('CA_SIN', '518 302 948'),
      phone('+1 604 688 2210'),
      person('Mei Ling Chow'),
    ],
    lookalikes: ['Mortgage Specialist'],
  },
  {
    id: 'ca-ticket-020',
    lang: 'en-CA',
    country: 'CA',
    register: 'ticket',
    text: `CRA My Account lockout. Caller: Jean-François Bouchard, SIN 276 481 058, born June 30 1975. Confirmation #725943162 from previous call. Callback 819-778-3310.`,
    values: [
      person('Jean-François Bouchard'),
      id('CA_SIN', '276 481 058'),
      dob('June 30 1975'),
      phone('819-778-3310'),
    ],
    lookalikes: ['725943162', 'CRA My Account'],
    failing: [failing('CA_SIN', '725943162')],
  },
  {
    id: 'ca-note-021',
    lang: 'en-CA',
    country: 'CA',
    register: 'note',
    text: `Newcomer intake: Mr. Yonas Tesfaye (temporary resident, SIN 935162073), arrived Feb 2024. Wife Selam, 2 children. Temp address: 10125 Jasper Ave NW #1507, Edmonton AB T5J 1W8.`,
    values: [
      person('Yonas Tesfaye'),
      id('CA_SIN', '935162073'),
      person('Selam'),
      location('10125 Jasper Ave NW #1507, Edmonton AB T5J 1W8'),
    ],
    lookalikes: ['Feb 2024'],
  },
  {
    id: 'ca-log-022',
    lang: 'en',
    country: 'CA',
    register: 'log',
    text: `WARN hr-sync: field "sin" for employee_id=2231 looks unmasked: 460-293-814 (employee: Emily Nakashima)`,
    values: [id('CA_SIN', '460-293-814'), person('Emily Nakashima')],
    lookalikes: ['employee_id=2231', 'hr-sync'],
  },
  {
    id: 'ca-chat-023',
    lang: 'en-CA',
    country: 'CA',
    register: 'chat',
    text: `Can my landlord ask for my SIN on the rental application? he wants it plus my employer's number. For the record its 381 752 641 lol i already gave it`,
    values: [id('CA_SIN', '381 752 641')],
    lookalikes: [],
  },
  {
    id: 'ca-form-024',
    lang: 'fr-CA',
    country: 'CA',
    register: 'form',
    text: `Inscription garderie
Enfant : Léa Gagnon, née le 11 juillet 2020
Parent : Maxime Gagnon, NAS 614 029 577
Courriel : maxime.gagnon@videotron.ca
Tél. : 418 529-4410`,
    values: [
      person('Léa Gagnon'),
      dob('11 juillet 2020'),
      person('Maxime Gagnon'),
      id('CA_SIN', '614 029 577'),
      email('maxime.gagnon@videotron.ca'),
      phone('418 529-4410'),
    ],
    lookalikes: ['Inscription garderie'],
  },
  {
    id: 'ca-chat-025',
    lang: 'en-CA',
    country: 'CA',
    register: 'chat',
    text: `best time to see the northern lights near Yellowknife? going with Air Canada flight AC 8515 on Feb 12`,
    values: [],
    lookalikes: ['Yellowknife', 'Air Canada', 'AC 8515', 'Feb 12'],
  },
  {
    id: 'br-form-026',
    lang: 'pt-BR',
    country: 'BR',
    register: 'form',
    text: `FICHA CADASTRAL
Nome: Ana Beatriz Souza Lima
CPF: 384.172.905-32
Data de nascimento: 07/04/1994
Endereço: Rua Oscar Freire, 1234 - apto 82, Jardim Paulista, São Paulo - SP, 01426-001
Celular: (11) 98765-4321`,
    values: [
      person('Ana Beatriz Souza Lima'),
      id('BR_CPF', '384.172.905-32'),
      dob('07/04/1994'),
      location('Rua Oscar Freire, 1234 - apto 82, Jardim Paulista, São Paulo - SP, 01426-001'),
      phone('(11) 98765-4321'),
    ],
    lookalikes: ['FICHA CADASTRAL'],
  },
  {
    id: 'br-chat-027',
    lang: 'pt-BR',
    country: 'BR',
    register: 'chat',
    text: `oi, me ajuda a escrever uma reclamação pro Procon? comprei uma geladeira na loja, paguei no pix com meu cpf 07162355870 e nunca entregaram. pedido 1099-7741`,
    values: [id('BR_CPF', '07162355870')],
    lookalikes: ['Procon', '1099-7741', 'pix'],
  },
  {
    id: 'br-email-028',
    lang: 'pt-BR',
    country: 'BR',
    register: 'email',
    text: `Prezado Sr. Carlos Eduardo Pereira,

Para finalizar a admissão, confirme seu CPF (912.840.336-35) e os dados bancários para depósito: BR85 0000 0000 0108 7000 0117 841C 1.

Atenciosamente,
Fernanda Rocha
RH — (21) 3544-9012`,
    values: [
      person('Carlos Eduardo Pereira'),
      id('BR_CPF', '912.840.336-35'),
      iban('BR85 0000 0000 0108 7000 0117 841C 1'),
      person('Fernanda Rocha'),
      phone('(21) 3544-9012'),
    ],
    lookalikes: [],
  },
  {
    id: 'br-ticket-029',
    lang: 'pt-BR',
    country: 'BR',
    register: 'ticket',
    text: `Chamado 55871: cliente Juliana Alves (CPF 256.093.781-68) não consegue emitir boleto. Protocolo anterior 38417290533. Contato: juliana.alves@uol.com.br / +55 31 99812-3340.`,
    values: [
      person('Juliana Alves'),
      id('BR_CPF', '256.093.781-68'),
      email('juliana.alves@uol.com.br'),
      phone('+55 31 99812-3340'),
    ],
    lookalikes: ['Chamado 55871', '38417290533'],
    failing: [failing('BR_CPF', '38417290533')],
  },
  {
    id: 'br-note-030',
    lang: 'pt-BR',
    country: 'BR',
    register: 'note',
    text: `Anotação: paciente Sr. Raimundo Nonato da Silva, nascido em 2 de fevereiro de 1949, CPF 648315072-53. Acompanhante: neta Thaís. Mora na Av. Beira Mar, 3200, Meireles, Fortaleza - CE, 60165-121.`,
    values: [
      person('Raimundo Nonato da Silva'),
      dob('2 de fevereiro de 1949'),
      id('BR_CPF', '648315072-53'),
      person('Thaís'),
      location('Av. Beira Mar, 3200, Meireles, Fortaleza - CE, 60165-121'),
    ],
    lookalikes: [],
  },
  {
    id: 'br-log-031',
    lang: 'pt-BR',
    country: 'BR',
    register: 'log',
    text: `2024-06-10 16:22:09 ERRO checkout: cartão recusado titular="GABRIEL MARTINS COSTA" cpf=80346721903 cartao=5522 0371 8844 6090 parcelas=3 ip=177.37.201.88`,
    values: [
      person('GABRIEL MARTINS COSTA'),
      id('BR_CPF', '80346721903'),
      card('5522 0371 8844 6090'),
      ip('177.37.201.88'),
    ],
    lookalikes: ['parcelas=3', '2024-06-10 16:22:09'],
  },
  {
    id: 'br-chat-032',
    lang: 'pt-BR',
    country: 'BR',
    register: 'chat',
    text: `Qual a diferença entre o Nubank Ultravioleta e o Itaú Personnalité? Quero um cartão com sala VIP em Guarulhos`,
    values: [],
    lookalikes: ['Nubank Ultravioleta', 'Itaú Personnalité', 'Guarulhos'],
  },
  {
    id: 'br-form-033',
    lang: 'pt-BR',
    country: 'BR',
    register: 'form',
    text: `Matrícula escolar
Aluno: Pedro Henrique Oliveira, nasc. 15/09/2015
Responsável: Luana Oliveira, CPF 190 758 443 95
Tel: 61 9 8123 4470`,
    values: [
      person('Pedro Henrique Oliveira'),
      dob('15/09/2015'),
      person('Luana Oliveira'),
      id('BR_CPF', '190 758 443 95'),
      phone('61 9 8123 4470'),
    ],
    lookalikes: ['Matrícula escolar'],
  },
  {
    id: 'br-email-034',
    lang: 'pt-BR',
    country: 'BR',
    register: 'email',
    text: `E aí Rafa, segue meu cpf pra nota: 437.226.901-37. Pode mandar o pix pra chave rafael.santos.dev arroba gmail ponto com. Valeu!`,
    values: [person('Rafa'), id('BR_CPF', '437.226.901-37'), email('rafael.santos.dev arroba gmail ponto com')],
    lookalikes: [],
  },
  {
    id: 'mx-form-035',
    lang: 'es-MX',
    country: 'MX',
    register: 'form',
    text: `Solicitud de crédito
Nombre: Guadalupe Hernández Ramírez
Fecha de nacimiento: 12 de diciembre de 1985
Domicilio: Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX
Tel. +52 55 1234 5678
Tarjeta: 4508 7512 9046 3311`,
    values: [
      person('Guadalupe Hernández Ramírez'),
      dob('12 de diciembre de 1985'),
      location('Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX'),
      phone('+52 55 1234 5678'),
      card('4508 7512 9046 3311'),
    ],
    lookalikes: ['Solicitud de crédito'],
  },
  {
    id: 'mx-chat-036',
    lang: 'es-MX',
    country: 'MX',
    register: 'chat',
    text: `oye, cómo le digo a mi jefe Don Ramiro que no puedo ir el sábado? mi cel es 33 1842 9070 por si le quiero dar otro número jaja`,
    values: [person('Ramiro'), phone('33 1842 9070')],
    lookalikes: ['el sábado'],
  },
  {
    id: 'ar-email-037',
    lang: 'es-AR',
    country: 'AR',
    register: 'email',
    text: `Hola Martín, te paso mis datos para el contrato: Sofía Belén Romero, nacida el 21/07/1991, domicilio Av. Corrientes 1847, piso 5 "B", C1045AAK CABA. Cel +54 9 11 4412-3390. Abrazo!`,
    values: [
      person('Martín'),
      person('Sofía Belén Romero'),
      dob('21/07/1991'),
      location('Av. Corrientes 1847, piso 5 "B", C1045AAK CABA'),
      phone('+54 9 11 4412-3390'),
    ],
    lookalikes: [],
  },
  {
    id: 'co-ticket-038',
    lang: 'es-CO',
    country: 'CO',
    register: 'ticket',
    text: `PQR 2024-33190: el usuario Andrés Felipe Gómez reporta cobro doble en Rappi. Correo: andresf.gomez@hotmail.com, cel 300 412 8876. Dirección de entrega Cra. 7 #72-41, Bogotá.`,
    values: [
      person('Andrés Felipe Gómez'),
      email('andresf.gomez@hotmail.com'),
      phone('300 412 8876'),
      location('Cra. 7 #72-41, Bogotá'),
    ],
    lookalikes: ['PQR 2024-33190', 'Rappi'],
  },
  {
    id: 'cl-chat-039',
    lang: 'es-CL',
    country: 'CL',
    register: 'chat',
    text: `Cuánto sale un pasaje de Santiago a Puerto Natales en LATAM para el 3 de enero? Somos 2 adultos`,
    values: [],
    lookalikes: ['Santiago', 'Puerto Natales', 'LATAM', '3 de enero'],
  },
  {
    id: 'br-chat-040',
    lang: 'en',
    country: 'BR',
    register: 'chat',
    text: `my brazilian wife Camila's CPF is 803.467.219-03 — wait no that's mine, hers is 256.093.781-68. Which one goes on the joint account form at Banco do Brasil?`,
    values: [id('BR_CPF', '803.467.219-03'), person('Camila'), id('BR_CPF', '256.093.781-68')],
    lookalikes: ['Banco do Brasil'],
  },
  {
    id: 'au-chat-041',
    lang: 'en-AU',
    country: 'AU',
    register: 'chat',
    text: `hey mate whats the release date for the new Hilux in Aus? dealer in Geelong said Q3 2024, model code GUN126R`,
    values: [],
    lookalikes: ['Hilux', 'Geelong', 'Q3 2024', 'GUN126R'],
  },
];
