// Held-out PII cases: United Kingdom and Ireland. Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, secret, card, iban, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'gb-email-001',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Hi Sophie,

Thanks for sending the P60. For the mortgage application I'll also need your National Insurance number — I've got JH 82 41 73 C on the old file, can you confirm it's still correct?

Kind regards,
Oliver Pemberton
Pemberton & Hale Mortgages
0161 496 0732`,
    values: [person('Sophie'), id('UK_NINO', 'JH 82 41 73 C'), person('Oliver Pemberton'), phone('0161 496 0732')],
    lookalikes: ['P60', 'mortgage application'],
  },
  {
    id: 'gb-note-002',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `GP referral. Patient: Mrs Margaret Ellison, NHS no. 450 381 9267, DOB 14/02/1948. Address: 9 Church Lane
Harrogate
HG1 2QW
Presenting with worsening dyspnoea. Please see within 2/52.`,
    values: [
      person('Margaret Ellison'),
      id('UK_NHS', '450 381 9267'),
      dob('14/02/1948'),
      location('9 Church Lane\nHarrogate\nHG1 2QW'),
    ],
    lookalikes: ['2/52'],
  },
  {
    id: 'gb-chat-003',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `how do i find my NI number? i think its NP902718A but the HMRC app is saying it doesnt match, my name is Callum Fraser if that matters`,
    values: [id('UK_NINO', 'NP902718A'), person('Callum Fraser')],
    lookalikes: ['HMRC'],
  },
  {
    id: 'gb-ticket-004',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Customer rang re: direct debit. Wants refunds paid into new account, IBAN GB97 BARC 2003 8453 9172 66 (Barclays). Name on account: Mr A. Okoro. Ref DD-558812. Callback on 07723 418 906 after 5.`,
    values: [iban('GB97 BARC 2003 8453 9172 66'), person('A. Okoro'), phone('07723 418 906')],
    lookalikes: ['DD-558812', 'Barclays'],
  },
  {
    id: 'gb-form-005',
    lang: 'en-GB',
    country: 'GB',
    register: 'form',
    text: `TENANT APPLICATION
Full name: Priyanka Chaudhary
Date of birth: 3rd June 1994
Current address: Flat 3, 27 Cathcart Road, Glasgow G42 7BQ
Mobile: +44 7981 552 304
Email: priyanka.c94@hotmail.co.uk
NI number: km 41 82 65 b`,
    values: [
      person('Priyanka Chaudhary'),
      dob('3rd June 1994'),
      location('Flat 3, 27 Cathcart Road, Glasgow G42 7BQ'),
      phone('+44 7981 552 304'),
      email('priyanka.c94@hotmail.co.uk'),
      id('UK_NINO', 'km 41 82 65 b'),
    ],
    lookalikes: ['TENANT APPLICATION'],
  },
  {
    id: 'gb-chat-006',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `can u make this sound less angry: "Gareth, for the third time, the parcel was left at 14 Elm Grove, Didsbury, Manchester M20 6PL not my flat. Sort it."`,
    values: [person('Gareth'), location('14 Elm Grove, Didsbury, Manchester M20 6PL')],
    lookalikes: [],
  },
  {
    id: 'gb-note-007',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `A&E triage 02:40 — male, approx 30s, brought in by ambulance, no ID. Later identified by partner (Chloe) as Jamie Whitlock, born 22.09.1991. NHS number 721 609 4832 found via spine. Partner's mob 07412-883-019.`,
    values: [person('Chloe'), person('Jamie Whitlock'), dob('22.09.1991'), id('UK_NHS', '721 609 4832'), phone('07412-883-019')],
    lookalikes: ['02:40'],
  },
  {
    id: 'gb-email-008',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Dear Mr Abernethy,

Your appointment at the Royal Infirmary has been moved to Wednesday 12 June, 09:15, Clinic 4. If this is not convenient please call 0131 226 7780.

Yours sincerely,
Outpatients Booking Team`,
    values: [person('Abernethy')],
    lookalikes: ['Royal Infirmary', 'Wednesday 12 June', '09:15', 'Clinic 4'],
  },
  {
    id: 'gb-chat-009',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `My mum's NHS number is 604 817 2532 and she needs a repeat prescription, what's the quickest way to order it online? She's at Boots in Leeds usually`,
    values: [id('UK_NHS', '604 817 2532')],
    lookalikes: ['Boots', 'repeat prescription'],
  },
  {
    id: 'gb-document-010',
    lang: 'en-GB',
    country: 'GB',
    register: 'document',
    text: `THIS TENANCY AGREEMENT is made on 1 September 2024 between Rhys Llewellyn-Morgan ("the Landlord") of 48 Cathedral Road, Cardiff CF11 9LL and Aisha Bello ("the Tenant").`,
    values: [person('Rhys Llewellyn-Morgan'), location('48 Cathedral Road, Cardiff CF11 9LL'), person('Aisha Bello')],
    lookalikes: ['1 September 2024'],
  },
  {
    id: 'gb-log-011',
    lang: 'en',
    country: 'GB',
    register: 'log',
    text: `2024-06-03 11:22:09,114 ERROR payroll.export: rejected record employee_id=10442 nino=TC559306D reason="tax code 1257L missing W1/M1 flag"`,
    values: [id('UK_NINO', 'TC559306D')],
    lookalikes: ['2024-06-03 11:22:09,114', '1257L', 'employee_id=10442'],
  },
  {
    id: 'gb-ticket-012',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Hi, I've been charged twice for my Oyster top-up. Card used: 4485 2910 7763 0383. Name: Daniel O'Sullivan. Journey was Brixton to King's Cross on 28/05. Cheers`,
    values: [card('4485 2910 7763 0383'), person("Daniel O'Sullivan")],
    lookalikes: ['28/05', 'Oyster'],
  },
  {
    id: 'gb-chat-013',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `What's the difference between a Lloyds current account and Monzo for someone self-employed? I invoice about £3,200 a month`,
    values: [],
    lookalikes: ['Lloyds', 'Monzo', '£3,200'],
  },
  {
    id: 'gb-form-014',
    lang: 'en-GB',
    country: 'GB',
    register: 'form',
    text: `Starter checklist
Surname: ADEBAYO-JONES
First names: Temitope Grace
DOB: 19/11/2000
NI no: ws 70 12 84 a
Home address: 62 Holloway Road, London N7 8JG`,
    values: [
      person('ADEBAYO-JONES'),
      person('Temitope Grace'),
      dob('19/11/2000'),
      id('UK_NINO', 'ws 70 12 84 a'),
      location('62 Holloway Road, London N7 8JG'),
    ],
    lookalikes: ['Starter checklist'],
  },
  {
    id: 'gb-email-015',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Morning all, reminder that the office at 30 St Mary Axe will be closed on the bank holiday (Mon 26 Aug). Ping facilities@ if anything breaks. — Hannah`,
    values: [person('Hannah')],
    lookalikes: ['Mon 26 Aug'],
  },
  {
    id: 'gb-note-016',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `Safeguarding note: child Kai Henderson (dob 05/07/2016) disclosed at school that mum's partner "Steve" shouted at him. Mum: Leanne Henderson, 27 Fernbank Close, Sheffield S6 3RQ, tel 0114 496 0281.`,
    values: [
      person('Kai Henderson'),
      dob('05/07/2016'),
      person('Steve'),
      person('Leanne Henderson'),
      location('27 Fernbank Close, Sheffield S6 3RQ'),
      phone('0114 496 0281'),
    ],
    lookalikes: [],
  },
  {
    id: 'gb-chat-017',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `whats the best route from Paddington to Heathrow T5 on a sunday morning? flight's at 11:40 to Dublin`,
    values: [],
    lookalikes: ['Paddington', 'Heathrow T5', '11:40', 'Dublin'],
  },
  {
    id: 'gb-ticket-018',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Order 2093-4471-88 — customer Bethany Cole says delivery driver left it with neighbour at no. 11 instead of her house, 13 Ashby Road, Loughborough LE11 3AA. Tel 01509 223 417.`,
    values: [person('Bethany Cole'), location('13 Ashby Road, Loughborough LE11 3AA'), phone('01509 223 417')],
    lookalikes: ['2093-4471-88'],
  },
  {
    id: 'gb-chat-019',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `I've got a reference number 375 920 6418 from the council about council tax, is that my account number or something else?`,
    values: [],
    lookalikes: ['375 920 6418'],
    failing: [failing('UK_NHS', '375 920 6418')],
  },
  {
    id: 'gb-email-020',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `From: Siobhán Ní Bhriain <siobhan.nibhriain@tcd.ie>
Subject: conference travel

Hi Declan, can you book me on the Aer Lingus to Heathrow on the 9th? My passport details are the same. Mobile +353 87 214 6630 in case anything changes.
Siobhán`,
    values: [
      person('Siobhán Ní Bhriain'),
      email('siobhan.nibhriain@tcd.ie'),
      person('Declan'),
      phone('+353 87 214 6630'),
    ],
    lookalikes: ['Aer Lingus', 'the 9th'],
  },
  {
    id: 'ie-form-021',
    lang: 'en-IE',
    country: 'IE',
    register: 'form',
    text: `Name: Ciarán Mac Giolla Phádraig
Address: 4 Strand Road, Sandymount, Dublin 4, D04 X2W6
Phone: (01) 668 3392
IBAN: IE07 BOFI 9000 1718 3920 46
Date of birth: 30/01/1982`,
    values: [
      person('Ciarán Mac Giolla Phádraig'),
      location('4 Strand Road, Sandymount, Dublin 4, D04 X2W6'),
      phone('(01) 668 3392'),
      iban('IE07 BOFI 9000 1718 3920 46'),
      dob('30/01/1982'),
    ],
    lookalikes: [],
  },
  {
    id: 'gb-note-022',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `HR investigation notes 14/03 — complainant: Zainab Hussain (Ops). Alleged: line manager Craig Doherty made comments about her hijab in team meeting on 7 March. Witness: Tom Barker. Next step: interview CD Fri.`,
    values: [person('Zainab Hussain'), person('Craig Doherty'), person('Tom Barker')],
    lookalikes: ['14/03', '7 March'],
  },
  {
    id: 'gb-chat-023',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `proof read pls — "Dear Sir/Madam, I, Eleanor Whitcombe (born 8 March 1979, NI PE 33 18 62 C), wish to appeal the decision on my PIP claim..."`,
    values: [person('Eleanor Whitcombe'), dob('8 March 1979'), id('UK_NINO', 'PE 33 18 62 C')],
    lookalikes: ['PIP'],
  },
  {
    id: 'gb-code-024',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `spring:
  datasource:
    url: jdbc:postgresql://10.12.0.5:5432/ledger
    username: ledger_svc
    password: "p@55w0rd-L3dg3r!"
  mail:
    host: smtp.sendgrid.net
    password: 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`,
    values: [
      ip('10.12.0.5'),
      secret('p@55w0rd-L3dg3r!'),
      secret('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'),
    ],
    lookalikes: ['smtp.sendgrid.net', 'ledger_svc'],
  },
  {
    id: 'gb-ticket-025',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Patient portal: user can't link account. Details given: Mr Harpreet Singh Bains, NHS 819 430 5675, postcode B21 9NH. Error "demographics mismatch" — PDS has DOB 1 Dec 1965.`,
    values: [person('Harpreet Singh Bains'), id('UK_NHS', '819 430 5675'), location('B21 9NH'), dob('1 Dec 1965')],
    lookalikes: ['PDS'],
  },
  {
    id: 'gb-email-026',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `hiya, it's Nat from the book club. Next one is at mine — 7 Rosebery Avenue, Brighton BN2 3FG — Thursday 7.30pm. Bring wine! We're doing "Tomorrow, and Tomorrow, and Tomorrow". My number's 07859 031 226 x`,
    values: [person('Nat'), location('7 Rosebery Avenue, Brighton BN2 3FG'), phone('07859 031 226')],
    lookalikes: ['Thursday 7.30pm', 'Tomorrow, and Tomorrow, and Tomorrow'],
  },
  {
    id: 'gb-chat-027',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `what do these mean on my payslip: tax code 1257L, NI category A, and "RX 47 09 15 B" in the top corner?`,
    values: [id('UK_NINO', 'RX 47 09 15 B')],
    lookalikes: ['1257L', 'NI category A'],
  },
  {
    id: 'gb-note-028',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `ward round 09:00 bay 3 bed 2 - mr tomasz nowicki 58M, nhs 2631870948, dob 17.04.66. post-op day 2 lap chole. obs stable. wife (agnieszka) on 07700 900 318`,
    values: [
      person('tomasz nowicki'),
      id('UK_NHS', '2631870948'),
      dob('17.04.66'),
      person('agnieszka'),
      phone('07700 900 318'),
    ],
    lookalikes: ['09:00', 'bay 3 bed 2', 'day 2'],
  },
  {
    id: 'gb-email-029',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Thank you for your order with Marks & Spencer. Order number: M&S-77204519. Collect from store: Leeds Trinity from Friday 14 June after 2pm.`,
    values: [],
    lookalikes: ['Marks & Spencer', 'M&S-77204519', 'Leeds Trinity', 'Friday 14 June', '2pm'],
  },
  {
    id: 'gb-form-030',
    lang: 'en-GB',
    country: 'GB',
    register: 'form',
    text: `Blue Badge application
Applicant: Mr Desmond Achterberg-Lowe
Date of Birth: 02 / 11 / 1951
NHS Number: 537 264 9186
Address: 5 The Crescent
Whitby
North Yorkshire
YO21 3EL
Telephone: 01947 602 118`,
    values: [
      person('Desmond Achterberg-Lowe'),
      dob('02 / 11 / 1951'),
      id('UK_NHS', '537 264 9186'),
      location('5 The Crescent\nWhitby\nNorth Yorkshire\nYO21 3EL'),
      phone('01947 602 118'),
    ],
    lookalikes: ['Blue Badge application'],
  },
  {
    id: 'gb-chat-031',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `my bank details for the deposit return are sort code 20-00-00 acc 55779911, or the IBAN gb03nwbk40051862934471 if they need it, name is Freya Lindqvist`,
    values: [iban('gb03nwbk40051862934471'), person('Freya Lindqvist')],
    lookalikes: [],
  },
  {
    id: 'gb-ticket-032',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `INC0048211 — broadband down since Tues. Router model Hub 2 firmware 2.10.4.3. Customer: Mrs J. Pryce, 11 Heol y Deri, Swansea SA2 0DF. Best contact: jpryce1960@btinternet.com`,
    values: [person('J. Pryce'), location('11 Heol y Deri, Swansea SA2 0DF'), email('jpryce1960@btinternet.com')],
    lookalikes: ['INC0048211', 'Hub 2', '2.10.4.3'],
  },
  {
    id: 'gb-chat-033',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `write a short toast for my grandad Alfie's 90th, he was born 11th november 1934 in Bermondsey and worked on the docks`,
    values: [person('Alfie'), dob('11th november 1934')],
    lookalikes: ['90th'],
  },
  {
    id: 'gb-email-034',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Dear Dr Mensah-Bonsu,
Further to our telephone conversation, please find enclosed the referral for your patient Ms Ruby Castellano (NHS No: 402 719 3857).
Yours,
Dr Fiona McLeod
Consultant Dermatologist
Tel: 0141 211 4000`,
    values: [
      person('Mensah-Bonsu'),
      person('Ruby Castellano'),
      id('UK_NHS', '402 719 3857'),
      person('Fiona McLeod'),
    ],
    lookalikes: ['Consultant Dermatologist'],
  },
  {
    id: 'gb-log-035',
    lang: 'en',
    country: 'GB',
    register: 'log',
    text: `[2024-04-11 09:41:12] auth.INFO: User login {"user":"r.patel","email":"rohan.patel@hargreavesco.co.uk","ip":"86.142.37.210","ua":"Safari/17.4"}`,
    values: [email('rohan.patel@hargreavesco.co.uk'), ip('86.142.37.210')],
    lookalikes: ['Safari/17.4', '[2024-04-11 09:41:12]'],
  },
  {
    id: 'gb-chat-036',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `Is it Ok to give my HT265019A number to a recruitment agency? They asked for it on the registration form with my bank details`,
    values: [id('UK_NINO', 'HT265019A')],
    lookalikes: [],
  },
  {
    id: 'gb-note-037',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `Probation supervision: Lewis McCann, DOB 29/06/1997. Reports living at sister's (Kirsty McCann), 18 Dalry Road, Edinburgh EH11 2BA. New mobile 07384 661 092. Next appt Tues 10am.`,
    values: [
      person('Lewis McCann'),
      dob('29/06/1997'),
      person('Kirsty McCann'),
      location('18 Dalry Road, Edinburgh EH11 2BA'),
      phone('07384 661 092'),
    ],
    lookalikes: ['Tues 10am'],
  },
  {
    id: 'gb-email-038',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Hi Imogen — can you process a refund for Mr Kwabena Owusu? His Mastercard ends 3404 (full number 2223 0031 2200 3404 is on the paper form). Amount £86.40, ref RF-2291.`,
    values: [person('Imogen'), person('Kwabena Owusu'), card('2223 0031 2200 3404')],
    lookalikes: ['£86.40', 'RF-2291'],
  },
  {
    id: 'gb-chat-039',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `recommend a good pub near Borough Market for 8 people on Sat? someone said The Rake or the George Inn`,
    values: [],
    lookalikes: ['Borough Market', 'The Rake', 'George Inn'],
  },
  {
    id: 'gb-form-040',
    lang: 'en-GB',
    country: 'GB',
    register: 'form',
    text: `Job application — personal details
Name: Oluwaseun Adeyinka
Address: 112 Moseley Road, Birmingham, B12 0HJ
Tel: 0121 496 0554
E-mail: seun.adeyinka@yahoo.co.uk
Right to work: British citizen`,
    values: [
      person('Oluwaseun Adeyinka'),
      location('112 Moseley Road, Birmingham, B12 0HJ'),
      phone('0121 496 0554'),
      email('seun.adeyinka@yahoo.co.uk'),
    ],
    lookalikes: ['British citizen'],
  },
  {
    id: 'gb-ticket-041',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Caller asked to update DOB on policy, says we have 12/03/1988 but it should be born 03/12/1988 (US format mix-up). Policyholder Gemma Blackwood, policy HH-0092-4471.`,
    values: [dob('03/12/1988'), person('Gemma Blackwood')],
    lookalikes: ['HH-0092-4471'],
  },
  {
    id: 'gb-chat-042',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `i keep getting calls from 020 3318 4471 claiming to be from Amazon about a refund, is this a scam? they knew my name (Ellie Marsh)`,
    values: [person('Ellie Marsh')],
    lookalikes: ['Amazon'],
  },
  {
    id: 'gb-note-043',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `Midwife booking: Ms Anya Petrova-Hughes, EDD 18/10, G2P1. Previous child born 4 Feb 2021 via EMCS. Partner Rob Hughes. NHS 938 162 0857. Lives 2 Wellington Terrace, Bath BA1 2EE.`,
    values: [
      person('Anya Petrova-Hughes'),
      dob('4 Feb 2021'),
      person('Rob Hughes'),
      id('UK_NHS', '938 162 0857'),
      location('2 Wellington Terrace, Bath BA1 2EE'),
    ],
    lookalikes: ['EDD 18/10', 'G2P1', 'EMCS'],
  },
  {
    id: 'gb-email-044',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Release notes v3.4.0 (10 May): fixed crash on iPadOS 17.5; updated dependency openssl to 3.0.13; removed legacy endpoint /v1/export. — The Platform Team`,
    values: [],
    lookalikes: ['v3.4.0', '10 May', 'iPadOS 17.5', '3.0.13', '/v1/export'],
  },
  {
    id: 'gb-chat-045',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `can you turn this into a formal complaint letter: bought a sofa from DFS, order 7710-2294, delivered damaged to my house 31 Kingfisher Way, Milton Keynes MK5 8LP, called 3 times. Regards Sunil Mehta, 07956 447 120`,
    values: [location('31 Kingfisher Way, Milton Keynes MK5 8LP'), person('Sunil Mehta'), phone('07956 447 120')],
    lookalikes: ['DFS', '7710-2294'],
  },
  {
    id: 'gb-form-046',
    lang: 'cy',
    country: 'GB',
    register: 'form',
    text: `Ffurflen gofrestru
Enw: Gwenllian ap Dafydd
Dyddiad geni: 16/08/1990
Cyfeiriad: 3 Stryd Fawr, Caernarfon LL55 1RN
Ffôn: 01286 672 514`,
    values: [
      person('Gwenllian ap Dafydd'),
      dob('16/08/1990'),
      location('3 Stryd Fawr, Caernarfon LL55 1RN'),
      phone('01286 672 514'),
    ],
    lookalikes: ['Ffurflen gofrestru'],
  },
  {
    id: 'gb-ticket-047',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Student finance query. Applicant Hamza Qureshi, CRN 11829/4, NI number nt 12 34 56 a? He's not sure of the letters. Please call back on 0113 496 0871.`,
    values: [person('Hamza Qureshi'), phone('0113 496 0871')],
    lookalikes: ['11829/4'],
  },
  {
    id: 'gb-chat-048',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `Explain the rules on tenancy deposits in England, my landlord (Mr Pollard) kept £1,150 from our flat at 44b Gloucester Road, Bristol BS7 8AS`,
    values: [person('Pollard'), location('44b Gloucester Road, Bristol BS7 8AS')],
    lookalikes: ['£1,150'],
  },
  {
    id: 'gb-note-049',
    lang: 'en-GB',
    country: 'GB',
    register: 'note',
    text: `Meeting with supplier Thursday: Matteo from Lavazza UK, bring samples of the Tierra blend. Budget approved £12k. Room: Shard level 14.`,
    values: [person('Matteo')],
    lookalikes: ['Lavazza UK', 'Tierra', '£12k', 'Shard level 14'],
  },
  {
    id: 'gb-email-050',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Hi both, the keys for 19 Marine Parade, Whitstable CT5 1SD are in the lockbox (code 4471). Wifi: BT-HUB-7K29 / pass: SeagullsWin2024. Enjoy! Pam (07887 310 552)`,
    values: [location('19 Marine Parade, Whitstable CT5 1SD'), secret('SeagullsWin2024'), person('Pam'), phone('07887 310 552')],
    lookalikes: ['BT-HUB-7K29'],
  },
  {
    id: 'gb-chat-051',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `my daughter Poppy was born on 2nd Feb 2019, when does she start reception in Surrey? we live in Guildford`,
    values: [person('Poppy'), dob('2nd Feb 2019')],
    lookalikes: ['reception'],
  },
  {
    id: 'gb-log-052',
    lang: 'en',
    country: 'GB',
    register: 'log',
    text: `WARN  gdpr-exporter: subject access request SAR-2024-0315 contains unredacted field nhs_number="692 041 7359" for subject_id=88310`,
    values: [id('UK_NHS', '692 041 7359')],
    lookalikes: ['SAR-2024-0315', 'subject_id=88310'],
  },
  {
    id: 'gb-ticket-053',
    lang: 'en-GB',
    country: 'GB',
    register: 'ticket',
    text: `Complaint: engineer Wayne (badge 2210) didn't turn up for the boiler service at 16 Hawthorn Drive, Norwich NR4 7DP on 03/06. Customer Mrs Deborah Finch, deb.finch@sky.com.`,
    values: [person('Wayne'), location('16 Hawthorn Drive, Norwich NR4 7DP'), person('Deborah Finch'), email('deb.finch@sky.com')],
    lookalikes: ['03/06'],
  },
  {
    id: 'gb-chat-054',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `tell me about Hay-on-Wye book festival dates 2025 and whether Penguin Random House does signings there`,
    values: [],
    lookalikes: ['Hay-on-Wye', '2025', 'Penguin Random House'],
  },
  {
    id: 'gb-email-055',
    lang: 'en-GB',
    country: 'GB',
    register: 'email',
    text: `Please update my details: Mr Chukwuemeka (Emeka) Nwosu, new address Apt 1204, 1 Wharf Street, Leeds LS2 7EQ, new mobile +44 (0)7445 190 338. NI no. unchanged. Thanks`,
    values: [
      person('Chukwuemeka (Emeka) Nwosu'),
      location('Apt 1204, 1 Wharf Street, Leeds LS2 7EQ'),
      phone('+44 (0)7445 190 338'),
    ],
    lookalikes: [],
  },
];
