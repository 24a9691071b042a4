// Held-out PII cases: United States (English, some Spanish). Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, secret, card, iban, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'us-chat-001',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `hey can u draft a reply to dana whitfield? her cell is (415) 882-3094 and she wants invoice INV-20931 resent before friday`,
    values: [person('dana whitfield'), phone('(415) 882-3094')],
    lookalikes: ['INV-20931'],
  },
  {
    id: 'us-email-002',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hi team,

Quick heads up that the Q3 renewal for Brightline Logistics is moving to Oct 14. Let me know if that clashes with anything.

Thanks,
Marcus T. Oyelaran
Senior Account Executive | Northwind Data
m: 312.555.0187 | marcus.oyelaran@northwinddata.com
233 S Wacker Dr, Suite 8400, Chicago, IL 60606`,
    values: [
      person('Marcus T. Oyelaran'),
      phone('312.555.0187'),
      email('marcus.oyelaran@northwinddata.com'),
      location('233 S Wacker Dr, Suite 8400, Chicago, IL 60606'),
    ],
    lookalikes: ['Brightline Logistics', 'Oct 14', 'Q3'],
  },
  {
    id: 'us-ticket-003',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Ticket #48213 - customer says the card on file keeps getting declined. She read it to me over the phone: 4539 1488 0343 6467 exp 09/27. Name on card KAYLA BRENNAN. Escalating to billing, order 1120-5518 is on hold.`,
    values: [card('4539 1488 0343 6467'), person('KAYLA BRENNAN')],
    lookalikes: ['#48213', '09/27', '1120-5518'],
  },
  {
    id: 'us-form-004',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `NEW HIRE INTAKE
Full legal name: Jonathan Ruiz-Medina
SSN: 412-67-3318
DOB: 03/17/1991
Home address: 1847 Larkspur Ln
Boise, ID 83706
Emergency contact: Rosa Medina (mother) 208-555-0149`,
    values: [
      person('Jonathan Ruiz-Medina'),
      id('US_SSN', '412-67-3318'),
      dob('03/17/1991'),
      location('1847 Larkspur Ln\nBoise, ID 83706'),
      person('Rosa Medina'),
      phone('208-555-0149'),
    ],
    lookalikes: ['NEW HIRE INTAKE'],
  },
  {
    id: 'us-chat-005',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `can you check if this ssn format is right for the W-2 form? 537 20 1946 — it's for my nanny, she says the IRS letter had it that way`,
    values: [id('US_SSN', '537 20 1946')],
    lookalikes: ['W-2', 'IRS'],
  },
  {
    id: 'us-note-006',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Pt is a 67 y/o male, Harold Jenkins (DOB 11/02/1957), presenting w/ SOB x3 days. Wife Linda at bedside, contact 617-555-0172. Hx CHF, on furosemide 40mg daily. Follow-up with Dr. Priya Raman in 2 wks.`,
    values: [person('Harold Jenkins'), dob('11/02/1957'), person('Linda'), phone('617-555-0172'), person('Priya Raman')],
    lookalikes: ['furosemide 40mg', '2 wks', 'CHF'],
  },
  {
    id: 'us-log-007',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `2024-05-18T14:02:11.482Z WARN auth-svc login_failed user=tpham@coastalcu.org ip=73.162.44.201 attempts=5 req_id=7f3c9a1e-55d2-4b8e-9b0a-2c41e8f0d913`,
    values: [email('tpham@coastalcu.org'), ip('73.162.44.201')],
    lookalikes: ['2024-05-18T14:02:11.482Z', '7f3c9a1e-55d2-4b8e-9b0a-2c41e8f0d913'],
  },
  {
    id: 'us-email-008',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hello Ms. Nakamura-Ellis,

Per our call, I'm attaching the lease addendum for 4410 Greenway Blvd Apt 12C, Austin TX 78731. Rent stays at $2,150/mo; the new term starts June 1.

Best regards,
Tyler Greaves
Leasing Office — (512) 555 0133 ext. 204`,
    values: [
      person('Nakamura-Ellis'),
      location('4410 Greenway Blvd Apt 12C, Austin TX 78731'),
      person('Tyler Greaves'),
      phone('(512) 555 0133 ext. 204'),
    ],
    lookalikes: ['$2,150/mo', 'June 1'],
  },
  {
    id: 'us-chat-009',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `my driver's license number is D4821736 (California), do I need to put it on the rental form or just the passport #? passport is 583920174 if that helps`,
    values: [id('US_DRIVER_LICENSE', 'D4821736'), id('US_PASSPORT', '583920174')],
    lookalikes: ['California'],
  },
  {
    id: 'us-crm-010',
    lang: 'en',
    country: 'US',
    register: 'document',
    text: `account_id,first_name,last_name,email,phone,city,plan,mrr
AC-88213,Shaniqua,Holloway,s.holloway@gmail.com,+1 404 555 0196,Atlanta,Pro,249.00
AC-88214,Wei,Zhang,wei.zhang@outlook.com,+1 206 555 0125,Seattle,Team,1199.00
AC-88215,Bogdan,Kowalczyk,bkowalczyk@fastmail.com,+1 773 555 0168,Chicago,Pro,249.00`,
    values: [
      person('Shaniqua'),
      person('Holloway'),
      email('s.holloway@gmail.com'),
      phone('+1 404 555 0196'),
      person('Wei'),
      person('Zhang'),
      email('wei.zhang@outlook.com'),
      phone('+1 206 555 0125'),
      person('Bogdan'),
      person('Kowalczyk'),
      email('bkowalczyk@fastmail.com'),
      phone('+1 773 555 0168'),
    ],
    lookalikes: ['AC-88213', 'AC-88214', 'AC-88215', '1199.00'],
  },
  {
    id: 'us-code-011',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `# .env.production
NODE_ENV=production
DATABASE_URL=postgres://app_rw:Tq8!vLp2#xR9@db-prod-1.internal:5432/orders
STRIPE_SECRET_KEY=sk_live_Z7sjkM5h7v1OTcGunPGhVNd0
SENTRY_RELEASE=4.18.2
PORT=8080`,
    values: [secret('Tq8!vLp2#xR9'), secret('sk_live_Z7sjkM5h7v1OTcGunPGhVNd0')],
    lookalikes: ['4.18.2', '5432', '8080'],
  },
  {
    id: 'us-chat-012',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `pls summarize this voicemail: "hi this is brenda from dr. okafor's office calling for michael de luca, your appointment on the 22nd at 3:15 is confirmed, call us back at eight one six, five five five, zero one nine one"`,
    values: [person('brenda'), person('okafor'), person('michael de luca'), phone('eight one six, five five five, zero one nine one')],
    lookalikes: ['3:15', 'the 22nd'],
  },
  {
    id: 'us-ticket-013',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Customer: Eduardo Salgado
Issue: can't log in after password reset. He gave email as eduardo.salgado AT yahoo DOT com (spelled out in chat). App version 3.2.1, iOS 17.4.1. Tracking # of replacement token: 1Z 4A7 W19 03 4418 2260`,
    values: [person('Eduardo Salgado'), email('eduardo.salgado AT yahoo DOT com')],
    lookalikes: ['3.2.1', 'iOS 17.4.1', '1Z 4A7 W19 03 4418 2260'],
  },
  {
    id: 'us-form-014',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `Patient registration
name: aaliyah washington
date of birth: july 4th 1988
phone: 901 555 0147
insurance member id: XJH447120933
address: 3320 poplar ave memphis tn 38111`,
    values: [
      person('aaliyah washington'),
      dob('july 4th 1988'),
      phone('901 555 0147'),
      location('3320 poplar ave memphis tn 38111'),
    ],
    lookalikes: ['Patient registration'],
  },
  {
    id: 'us-email-015',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Subject: Re: wire details

Hi Greg — the vendor in Lisbon sent their IBAN as PT70 0035 0651 0000 4728 8032 7, reference PO-77120. Please confirm before 5pm ET so the wire goes out today.

—
Allison Park | AP Manager`,
    values: [person('Greg'), iban('PT70 0035 0651 0000 4728 8032 7'), person('Allison Park')],
    lookalikes: ['PO-77120', '5pm ET'],
  },
  {
    id: 'us-chat-016',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `What's the difference between the iPhone 15 Pro and 15 Pro Max? Thinking of ordering from Apple or Amazon before May 20.`,
    values: [],
    lookalikes: ['iPhone 15 Pro', 'Apple', 'Amazon', 'May 20'],
  },
  {
    id: 'us-note-017',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `HR note — 1:1 with Derek Fontaine. Derek disclosed he's going through a divorce and asked that we update his emergency contact from his wife to his brother, Paul Fontaine, 503-555-0129. Also asked to change his mailing address to 918 NE Alberta St, Portland, OR 97211.`,
    values: [person('Derek Fontaine'), person('Paul Fontaine'), phone('503-555-0129'), location('918 NE Alberta St, Portland, OR 97211')],
    lookalikes: ['1:1'],
  },
  {
    id: 'us-chat-018',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `help me write a dispute letter, the charge was on my mastercard 5425-2334-3010-9101 for $89.99 from "STREAMFLIX*MONTHLY" on 04/02`,
    values: [card('5425-2334-3010-9101')],
    lookalikes: ['$89.99', 'STREAMFLIX*MONTHLY', '04/02'],
  },
  {
    id: 'us-log-019',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `[checkout] 10:41:07 INFO payment.created amount=129.00 currency=USD customer="Olivia Brandt" email=olivia.b@icloud.com order=ORD-2024-118832 sku=TSHRT-BLK-XL`,
    values: [person('Olivia Brandt'), email('olivia.b@icloud.com')],
    lookalikes: ['ORD-2024-118832', 'TSHRT-BLK-XL', '10:41:07'],
  },
  {
    id: 'us-chat-020',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `My son Ethan was born on September 9, 2015 and we need his birth certificate translated to Spanish for the school in Guadalajara. Can you do it?`,
    values: [person('Ethan'), dob('September 9, 2015')],
    lookalikes: ['birth certificate'],
  },
  {
    id: 'us-email-021',
    lang: 'es',
    country: 'US',
    register: 'email',
    text: `Hola Sra. Gutiérrez,

Le confirmamos su cita para el 12 de marzo a las 10:30. Por favor traiga su identificación y su tarjeta de seguro.

Atentamente,
Clínica Familiar del Valle
(956) 555-0183 · 1402 W Nolana Ave, McAllen, TX 78504`,
    values: [person('Gutiérrez'), phone('(956) 555-0183'), location('1402 W Nolana Ave, McAllen, TX 78504')],
    lookalikes: ['12 de marzo', '10:30', 'Clínica Familiar del Valle'],
  },
  {
    id: 'us-ticket-022',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `JIRA SUP-3321: user reports export job failing. Attached stack trace shows "ValidationError: ssn 219840073 is not a string". Looks like the CSV importer coerces to int. Reporter: kim.nguyen@meridianhealth.org`,
    values: [id('US_SSN', '219840073'), email('kim.nguyen@meridianhealth.org')],
    lookalikes: ['SUP-3321', 'ValidationError'],
  },
  {
    id: 'us-form-023',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `Rental Agreement – Driver Information
Driver: Samuel O. Adeyemi
DL#: S530-412-78-391-0   State: FL
DOB: 1979-12-08
Phone: +1 (305) 555-0114
Vehicle: 2023 Toyota Camry, plate unrecorded`,
    values: [person('Samuel O. Adeyemi'), id('US_DRIVER_LICENSE', 'S530-412-78-391-0'), dob('1979-12-08'), phone('+1 (305) 555-0114')],
    lookalikes: ['2023 Toyota Camry'],
  },
  {
    id: 'us-chat-024',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `rewrite this more politely: "Jake, stop texting my personal number 646 555 0138 about shift swaps, use Slack"`,
    values: [person('Jake'), phone('646 555 0138')],
    lookalikes: ['Slack'],
  },
  {
    id: 'us-note-025',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Discharge summary: Maria Elena Castillo, MRN 00482219, b. 2/29/1964. Discharged to home at 1126 Calle Ocho, Miami FL 33135 with daughter. PCP: Dr. Steven Goldberg.`,
    values: [person('Maria Elena Castillo'), dob('2/29/1964'), location('1126 Calle Ocho, Miami FL 33135'), person('Steven Goldberg')],
    lookalikes: ['00482219'],
  },
  {
    id: 'us-code-026',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `const client = new Twilio(
  'ACed66c4c2a71b991accf8c9f3c97270d0',
  'f0cd874f4b56818d9b3745d90791b741' // auth token, TODO move to vault
);
await client.messages.create({ to: '+13125550199', from: '+18445550100', body: 'Your code is 482913' });`,
    values: [secret('f0cd874f4b56818d9b3745d90791b741'), phone('+13125550199')],
    lookalikes: ['482913'],
  },
  {
    id: 'us-email-027',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `From: Rachel Kim <rkim@hollisterlaw.com>
To: intake@hollisterlaw.com
Subject: New client - slip and fall

New client Terrence "TJ" Boateng, DOB Feb 3 1983, SSN 601-33-8852. Incident at the Safeway on 5th & Pike on 01/15/2024. He can be reached at 425.555.0191.`,
    values: [
      person('Rachel Kim'),
      email('rkim@hollisterlaw.com'),
      person('Terrence "TJ" Boateng'),
      dob('Feb 3 1983'),
      id('US_SSN', '601-33-8852'),
      phone('425.555.0191'),
    ],
    lookalikes: ['Safeway', '01/15/2024'],
  },
  {
    id: 'us-chat-028',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `What time does the Apple Store at 5th Ave open on Sundays? And is the MacBook Air M3 13" in stock, SKU MRXN3LL/A?`,
    values: [],
    lookalikes: ['Apple Store', 'MacBook Air M3', 'MRXN3LL/A', 'Sundays'],
  },
  {
    id: 'us-ticket-029',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Refund request. Cust paid w/ amex 3411 876543 20194, order #A77-30914, amt $412.60. Cust name: Beatriz Lopes-Carvalho. Please refund to original method.`,
    values: [card('3411 876543 20194'), person('Beatriz Lopes-Carvalho')],
    lookalikes: ['#A77-30914', '$412.60'],
  },
  {
    id: 'us-note-030',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Called back mrs. o'brien re: her late husband's account. Her new number 718 555 0112, she moved in with her son at 77 Clinton St #4F Brooklyn NY 11201. Closing account 0044-3381-22.`,
    values: [person("o'brien"), phone('718 555 0112'), location('77 Clinton St #4F Brooklyn NY 11201')],
    lookalikes: [],
  },
  {
    id: 'us-log-031',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `{"ts":"2024-03-02T08:15:44Z","level":"error","msg":"KYC check failed","applicant":{"name":"Jamal Whitaker","dob":"1995-06-21","ssn":"145-09-6271"},"provider":"idv-v2","latency_ms":842}`,
    values: [person('Jamal Whitaker'), dob('1995-06-21'), id('US_SSN', '145-09-6271')],
    lookalikes: ['2024-03-02T08:15:44Z', 'idv-v2'],
  },
  {
    id: 'us-chat-032',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `I'm applying for global entry, the form asks for passport number and I have the new one that starts with a letter: A03847261. Is that right or should I drop the A?`,
    values: [id('US_PASSPORT', 'A03847261')],
    lookalikes: ['global entry'],
  },
  {
    id: 'us-email-033',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `hey!! so excited for the reunion. my new address is 2205 Maple Grove Rd, Duluth, MN 55811 if you want to mail the invite. also my email changed, it's now katie.sorensen88 at gmail dot com. xoxo Katie`,
    values: [location('2205 Maple Grove Rd, Duluth, MN 55811'), email('katie.sorensen88 at gmail dot com'), person('Katie')],
    lookalikes: [],
  },
  {
    id: 'us-document-034',
    lang: 'en',
    country: 'US',
    register: 'document',
    text: `PROMISSORY NOTE

For value received, the undersigned, Gregory Allen Whitmore, residing at 5 Birchwood Court, Morristown, New Jersey 07960, promises to pay to the order of Summit Capital Partners LLC the principal sum of Twenty-Five Thousand Dollars ($25,000.00), with interest at 6.5% per annum.`,
    values: [person('Gregory Allen Whitmore'), location('5 Birchwood Court, Morristown, New Jersey 07960')],
    lookalikes: ['Summit Capital Partners LLC', '($25,000.00)', '6.5%'],
  },
  {
    id: 'us-chat-035',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `translate to vietnamese for my grandma: "Grandma, Uncle Tuan called, his number is 714-555-0158. He'll pick you up Saturday at 9."`,
    values: [person('Tuan'), phone('714-555-0158')],
    lookalikes: ['Saturday at 9'],
  },
  {
    id: 'us-ticket-036',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Priority: P2
Component: billing-api v2.14.0
Summary: webhook retried 14x for invoice in_1P2xQk2eZvKYlo2C, customer cus_Q8hV2LmN4 (Hannah Schultz, hschultz@redwoodpt.com). No PII in payload except name/email.`,
    values: [person('Hannah Schultz'), email('hschultz@redwoodpt.com')],
    lookalikes: ['v2.14.0', 'in_1P2xQk2eZvKYlo2C', 'cus_Q8hV2LmN4', 'P2'],
  },
  {
    id: 'us-form-037',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `Name (Last, First, MI): NGUYEN, THANH, V
Date of Birth (MM/DD/YYYY): 08 / 30 / 1972
Social Security No.: 330 - 72 - 4418
Mailing Address: PO Box 2291, Garden Grove, CA 92842`,
    values: [person('NGUYEN, THANH, V'), dob('08 / 30 / 1972'), id('US_SSN', '330 - 72 - 4418'), location('PO Box 2291, Garden Grove, CA 92842')],
    lookalikes: ['MM/DD/YYYY'],
  },
  {
    id: 'us-chat-038',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `whats a good gift for my coworker priya? she likes hiking and Taylor Swift lol. budget $50`,
    values: [person('priya')],
    lookalikes: ['$50'],
  },
  {
    id: 'us-note-039',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Intake 6/14: Mr. Abdirahman Warsame, interpreter requested (Somali). Born 1 January 1990 per refugee docs. Lives with cousin at 2420 Cedar Ave S, Minneapolis MN 55404. Phone +1 612 555 0177.`,
    values: [person('Abdirahman Warsame'), dob('1 January 1990'), location('2420 Cedar Ave S, Minneapolis MN 55404'), phone('+1 612 555 0177')],
    lookalikes: ['6/14', 'Somali'],
  },
  {
    id: 'us-code-040',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `aws configure output I pasted by mistake, pls tell me how to rotate:

[default]
aws_access_key_id = AKIAGDIOYZD6XO6LBTJG
aws_secret_access_key = 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
region = us-east-1`,
    values: [secret('AKIAGDIOYZD6XO6LBTJG'), secret('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')],
    lookalikes: ['us-east-1'],
  },
  {
    id: 'us-email-041',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Dear Coach Thompson,

Our daughter Zoe Alvarez-Reyes (born 04.11.2012) will miss practice Tues and Thurs next week for a family trip. Please reach me at 480-555-0165 if there's an issue.

Thank you,
Carmen Alvarez`,
    values: [person('Thompson'), person('Zoe Alvarez-Reyes'), dob('04.11.2012'), phone('480-555-0165'), person('Carmen Alvarez')],
    lookalikes: ['Tues and Thurs'],
  },
  {
    id: 'us-chat-042',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `pay the contractor via zelle or do I need their routing #? he sent: Acct 004417739920, routing 026009593, name Dmitri Volkov`,
    values: [person('Dmitri Volkov')],
    lookalikes: ['026009593', 'zelle'],
  },
  {
    id: 'us-log-043',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `May 12 03:14:55 web-02 sshd[21877]: Failed password for invalid user admin from 45.155.205.233 port 52144 ssh2
May 12 03:14:58 web-02 sshd[21877]: Connection closed by 45.155.205.233 port 52144 [preauth]`,
    values: [ip('45.155.205.233')],
    lookalikes: ['sshd[21877]', 'web-02', 'May 12 03:14:55'],
  },
  {
    id: 'us-ticket-044',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Called in: Mr. Rajesh Venkataraman, says his Discover card 6011 5820 4417 9035 was charged twice. Confirmed last 4 with him. Case CS-0091273, callback 972-555-0104 after 6pm CT.`,
    values: [person('Rajesh Venkataraman'), card('6011 5820 4417 9035'), phone('972-555-0104')],
    lookalikes: ['CS-0091273', '6pm CT'],
  },
  {
    id: 'us-form-045',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `Volunteer sign-up
Name: Fr. Michael Onyekachi
Email: fr.michael@stjudeparish.org
Cell: 8325550140
Availability: weekends`,
    values: [person('Michael Onyekachi'), email('fr.michael@stjudeparish.org'), phone('8325550140')],
    lookalikes: ['Volunteer sign-up'],
  },
  {
    id: 'us-chat-046',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `is 4.2.0.1 the latest firmware for the Netgear Nighthawk? mine says 1.0.4.88 and the router is at 192.168.1.1`,
    values: [ip('192.168.1.1')],
    lookalikes: ['4.2.0.1', '1.0.4.88', 'Netgear Nighthawk'],
  },
  {
    id: 'us-note-047',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Session notes (confidential): client Jessica "Jess" Morales, 34, reports panic attacks since the accident. Partner Alex Chen is supportive. Next session 3/28 @ 4pm. Pharmacy: CVS #7781, phone on file.`,
    values: [person('Jessica "Jess" Morales'), person('Alex Chen')],
    lookalikes: ['3/28 @ 4pm', 'CVS #7781'],
  },
  {
    id: 'us-email-048',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Thanks for registering for DevSummit 2024 (Oct 8–10, Moscone West)! Your badge ID is DS24-88172. Questions? devsummit-help@eventcore.io`,
    values: [],
    lookalikes: ['DevSummit 2024', 'Oct 8–10', 'Moscone West', 'DS24-88172'],
  },
  {
    id: 'us-chat-049',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `my wife's DL is NY, number 384 729 106, and mine is 291 550 873. which goes on the insurance card`,
    values: [id('US_DRIVER_LICENSE', '384 729 106'), id('US_DRIVER_LICENSE', '291 550 873')],
    lookalikes: ['NY'],
  },
  {
    id: 'us-document-050',
    lang: 'en',
    country: 'US',
    register: 'document',
    text: `AFFIDAVIT OF IDENTITY
I, Lakshmi Subramanian, being duly sworn, state that I was born on the 19th day of April, 1986 in Chennai, India, that my U.S. passport number is 497215836, and that I currently reside at 880 Lakeshore Drive, Unit 1502, Chicago, Illinois 60611.`,
    values: [
      person('Lakshmi Subramanian'),
      dob('19th day of April, 1986'),
      id('US_PASSPORT', '497215836'),
      location('880 Lakeshore Drive, Unit 1502, Chicago, Illinois 60611'),
    ],
    lookalikes: ['AFFIDAVIT OF IDENTITY'],
  },
  {
    id: 'us-chat-050b',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `my visa is 4916-3382-0547-2193 and it keeps failing on the checkout page with error E_CARD_402, what am i doing wrong`,
    values: [card('4916-3382-0547-2193')],
    lookalikes: ['E_CARD_402'],
  },
  {
    id: 'us-ticket-051',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Hi support, my name's Courtney Beaulieu and I can't update my billing address. The form rejects "1600 Amphitheatre Pkwy Apt 3, Mountain View, CA 94043" saying zip invalid?? Using Chrome 124.`,
    values: [person('Courtney Beaulieu'), location('1600 Amphitheatre Pkwy Apt 3, Mountain View, CA 94043')],
    lookalikes: ['Chrome 124'],
  },
  {
    id: 'us-log-052',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `INFO  [mailer] queued welcome email to=<luis.fernandez@protonmail.com> template=welcome_v3 campaign=spring-24
INFO  [mailer] queued welcome email to=<mthompson@aol.com> template=welcome_v3 campaign=spring-24`,
    values: [email('luis.fernandez@protonmail.com'), email('mthompson@aol.com')],
    lookalikes: ['welcome_v3', 'spring-24'],
  },
  {
    id: 'us-chat-053',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `explain this error from our payroll import: "Row 12: SSN 488162039 already exists for employee Yusuf Ibrahim"`,
    values: [id('US_SSN', '488162039'), person('Yusuf Ibrahim')],
    lookalikes: ['Row 12'],
  },
  {
    id: 'us-note-054',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `CRM note: spoke w/ owner (Kenji Watanabe) of Sakura Ramen Bar. Wants 3 more POS terminals. Reach at kenji@sakuraramenbar.com or 206.555.0183. Store: 1512 Pike Pl, Seattle WA 98101.`,
    values: [person('Kenji Watanabe'), email('kenji@sakuraramenbar.com'), phone('206.555.0183'), location('1512 Pike Pl, Seattle WA 98101')],
    lookalikes: ['Sakura Ramen Bar', 'POS'],
  },
  {
    id: 'us-email-055',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Your order #112-4471932-5520114 has shipped! Track it with USPS 9400 1118 9922 3847 5610 21. Estimated delivery: Thu, Jun 6.`,
    values: [],
    lookalikes: ['#112-4471932-5520114', '9400 1118 9922 3847 5610 21', 'Thu, Jun 6'],
  },
  {
    id: 'us-chat-056',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `can you format this for a cover letter header: olumide bankole, 4019 w 3rd st apt 2, los angeles ca 90020, olumide.bankole@gmail.com, 323 555 0127`,
    values: [
      person('olumide bankole'),
      location('4019 w 3rd st apt 2, los angeles ca 90020'),
      email('olumide.bankole@gmail.com'),
      phone('323 555 0127'),
    ],
    lookalikes: [],
  },
  {
    id: 'us-form-057',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `Applicant: Heather McAllister
Driver License No: R362-4718-2095 (IL)
Passport No: C72913058
DOB: Nov. 30, 1969`,
    values: [
      person('Heather McAllister'),
      id('US_DRIVER_LICENSE', 'R362-4718-2095'),
      id('US_PASSPORT', 'C72913058'),
      dob('Nov. 30, 1969'),
    ],
    lookalikes: [],
  },
  {
    id: 'us-ticket-058',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Bug: prod build 2024.05.3 crashes on Android 14 when user taps "Pay". Repro on Pixel 8, commit 8609b58bc53159dfd010d0f2d07125b6131e728a. Test account: qa-android-03 (no real user data).`,
    values: [],
    lookalikes: ['2024.05.3', 'Android 14', 'Pixel 8', '8609b58bc53159dfd010d0f2d07125b6131e728a', 'qa-android-03'],
  },
  {
    id: 'us-chat-059',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `Write a birthday message for my boss Patricia Okonkwo-Hayes, she turns 50 on the 14th. Keep it short and professional.`,
    values: [person('Patricia Okonkwo-Hayes')],
    lookalikes: ['the 14th'],
  },
  {
    id: 'us-note-060',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Pt: Chloe Bergstrom
DOB: 12-05-2019 (4 y/o)
Mom (Erika) reports fever 102.4F x2d. Allergies: amoxicillin. Callback 952 555 0190.`,
    values: [person('Chloe Bergstrom'), dob('12-05-2019'), person('Erika'), phone('952 555 0190')],
    lookalikes: ['102.4F', 'amoxicillin'],
  },
  {
    id: 'us-email-061',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hi Mr. Delgado,

We received your application. To finish verification we need the last four of your SSN and a copy of your driver's license (PA 28 471 903 is what we have on file — please confirm).

HR Operations`,
    values: [person('Delgado'), id('US_DRIVER_LICENSE', '28 471 903')],
    lookalikes: ['HR Operations'],
  },
  {
    id: 'us-code-062',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `curl -X POST https://api.openai.com/v1/chat/completions \\
  -H "Authorization: Bearer sk-proj-yxXuQI7jRtunNcLmLn5_ByxcrikbGtg7R308mM8lHJT349Yw" \\
  -H "Content-Type: application/json" \\
  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}'`,
    values: [secret('sk-proj-yxXuQI7jRtunNcLmLn5_ByxcrikbGtg7R308mM8lHJT349Yw')],
    lookalikes: ['gpt-4o-mini', 'application/json'],
  },
  {
    id: 'us-chat-063',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `I'm meeting Jordan at the Hilton in Denver on March 3 for the conference. Draft a quick msg confirming 7:30am breakfast.`,
    values: [person('Jordan')],
    lookalikes: ['Hilton', 'March 3', '7:30am'],
  },
  {
    id: 'us-form-064',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `W-9 (copied from PDF, formatting lost)
Name  Ngozi   Eze-Chukwu
Business name  Eze Design Studio LLC
Address 7731 Sunset Ridge Dr
City, state, ZIP  Charlotte NC 28277
SSN  5 2 9 - 4 1 - 7 7 0 6`,
    values: [person('Ngozi   Eze-Chukwu'), location('7731 Sunset Ridge Dr'), location('Charlotte NC 28277'), id('US_SSN', '5 2 9 - 4 1 - 7 7 0 6')],
    lookalikes: ['W-9', 'formatting lost'],
  },
  {
    id: 'us-chat-065',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `order 4024 0071 5342 8818 never arrived, can you write an email to the seller? it's been 3 weeks`,
    values: [],
    lookalikes: ['4024 0071 5342 8818'],
    failing: [failing('CREDIT_CARD', '4024 0071 5342 8818')],
  },
  {
    id: 'us-email-066',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hi Samantha,
Attached is the signed NDA. My direct line is 617 555 0106 x3312, cell (617) 555-0171.
Regards,
Benjamin Adler-Stein, Esq.
Adler & Rowe LLP`,
    values: [person('Samantha'), phone('617 555 0106 x3312'), phone('(617) 555-0171'), person('Benjamin Adler-Stein')],
    lookalikes: ['NDA', 'Adler & Rowe LLP'],
  },
  {
    id: 'us-ticket-067',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `User can't connect to VPN from home. Public IP 98.207.113.56, assigned internal 10.40.12.87. Client version 5.1.3.447. User: rodriguez.ana (Ana Rodríguez, Finance).`,
    values: [ip('98.207.113.56'), ip('10.40.12.87'), person('Ana Rodríguez')],
    lookalikes: ['5.1.3.447', 'Finance'],
  },
  {
    id: 'us-note-068',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Visit note — Home health. Pt Dorothy Kaminski, 88, born 6 Aug 1935, alert and oriented. Son (Mark) visits daily. Address for nurse route: 41 Orchard Hill Rd, Glastonbury, CT 06033.`,
    values: [person('Dorothy Kaminski'), dob('6 Aug 1935'), person('Mark'), location('41 Orchard Hill Rd, Glastonbury, CT 06033')],
    lookalikes: [],
  },
  {
    id: 'us-chat-069',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `hey so my landlord is named gary pruitt and he wont return the deposit. address was 55 elm st unit b springfield ma 01103. can u write a demand letter citing MA law`,
    values: [person('gary pruitt'), location('55 elm st unit b springfield ma 01103')],
    lookalikes: ['MA law'],
  },
  {
    id: 'us-log-070',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `POST /api/v1/users 201 38ms body={"firstName":"Destiny","lastName":"Carter","phone":"+1-504-555-0137","password":"Saints2024!!","referral":"FALL10"}`,
    values: [person('Destiny'), person('Carter'), phone('+1-504-555-0137'), secret('Saints2024!!')],
    lookalikes: ['FALL10', '/api/v1/users'],
  },
  {
    id: 'us-email-071',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Reminder: the board meeting is Tuesday 4/16 at 2:00 PM in Conf Room B (Building 7). Dial-in 1-877-555-0110, code 882 4410#.`,
    values: [],
    lookalikes: ['4/16', '2:00 PM', 'Conf Room B', '882 4410#'],
  },
  {
    id: 'us-chat-072',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `please check grammar: "My name is Xiomara Pineda, I was born in 03/22/1999 and I live in 912 Bell Ave, Houston, Texas 77002. I want to apply for the cashier position."`,
    values: [person('Xiomara Pineda'), dob('03/22/1999'), location('912 Bell Ave, Houston, Texas 77002')],
    lookalikes: [],
  },
  {
    id: 'us-form-073',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `EMERGENCY CONTACT FORM
Employee: Connor Fitzgerald   ID: E-20417
Contact 1: Siobhan Fitzgerald (spouse) — 773.555.0124
Contact 2: Liam Fitzgerald (father) — 1 (708) 555-0179`,
    values: [
      person('Connor Fitzgerald'),
      person('Siobhan Fitzgerald'),
      phone('773.555.0124'),
      person('Liam Fitzgerald'),
      phone('1 (708) 555-0179'),
    ],
    lookalikes: ['E-20417'],
  },
  {
    id: 'us-chat-074',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `summarize: Jordan Peele's new movie releases July 18 2025, and the trailer got 40M views. Warner Bros is distributing`,
    values: [],
    lookalikes: ['July 18 2025', 'Warner Bros', '40M'],
  },
  {
    id: 'us-ticket-075',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Account locked. User states email is "j.okeke[at]stanford[dot]edu", phone 650-555-0161. Verified identity via DOB (born 1/9/2001). Unlocked.`,
    values: [email('j.okeke[at]stanford[dot]edu'), phone('650-555-0161'), dob('1/9/2001')],
    lookalikes: [],
  },
  {
    id: 'us-note-076',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `interview notes - candidate: Anjali Deshpande. strong on distributed systems, weak on frontend. she mentioned she's relocating to 2750 N Clark St, Chicago 60614 in Aug. ref: her old manager Tom Rizzo at Stripe.`,
    values: [person('Anjali Deshpande'), location('2750 N Clark St, Chicago 60614'), person('Tom Rizzo')],
    lookalikes: ['Stripe', 'Aug'],
  },
  {
    id: 'us-chat-077',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `what does error 0x80070643 mean on windows update KB5034441? happens on my Dell XPS 15 9530`,
    values: [],
    lookalikes: ['0x80070643', 'KB5034441', 'Dell XPS 15 9530'],
  },
  {
    id: 'us-email-078',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hi Brianna,

Please send the updated payroll info for Kwame Asante: new direct deposit to acct ending 4471, and his new address 1209 Peachtree St NE, Apt 806, Atlanta, GA 30309. SSN on file: 761-30-2284.

Thanks,
Donna`,
    values: [
      person('Brianna'),
      person('Kwame Asante'),
      location('1209 Peachtree St NE, Apt 806, Atlanta, GA 30309'),
      id('US_SSN', '761-30-2284'),
      person('Donna'),
    ],
    lookalikes: [],
  },
  {
    id: 'us-chat-079',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `my card number is 5168 4412 9037 6154 exp 11/26 cvv 331, can you tell me which bank issued it? the app doesnt say`,
    values: [card('5168 4412 9037 6154')],
    lookalikes: ['11/26'],
  },
  {
    id: 'us-form-080',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `Texas DL: 41862037
Name: Brooks, Tamara Lynn
DOB 10-14-1984`,
    values: [id('US_DRIVER_LICENSE', '41862037'), person('Brooks, Tamara Lynn'), dob('10-14-1984')],
    lookalikes: [],
  },
  {
    id: 'us-log-081',
    lang: 'en',
    country: 'US',
    register: 'log',
    text: `127.0.0.1 - - [21/Apr/2024:17:02:41 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
172.31.22.9 - alice.m [21/Apr/2024:17:02:43 +0000] "GET /admin/users?email=ljohnson%40wellsford.edu HTTP/1.1" 200 5120 "-" "Mozilla/5.0"`,
    values: [ip('172.31.22.9'), email('ljohnson%40wellsford.edu')],
    lookalikes: ['kube-probe/1.29', '21/Apr/2024:17:02:41 +0000', 'HTTP/1.1'],
  },
  {
    id: 'us-chat-082',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `Which is better for a first apartment in Boston: Back Bay or Somerville? I work near Kendall Square, budget around $2800`,
    values: [],
    lookalikes: ['Back Bay', 'Somerville', 'Kendall Square', '$2800'],
  },
  {
    id: 'us-note-083',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Collections note 5/2: debtor Travis Lee McCoy, ph (865) 555-0132, states he'll pay $200 on the 15th. Previous address 310 Magnolia Ave Knoxville TN 37917 — mail returned. Skip-trace pending.`,
    values: [person('Travis Lee McCoy'), phone('(865) 555-0132'), location('310 Magnolia Ave Knoxville TN 37917')],
    lookalikes: ['5/2', '$200'],
  },
  {
    id: 'us-email-084',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Congrats on your new baby girl!! 🎉 Isabella Rose, born May 2, 2024, 7lb 4oz — we're so happy for you, Megan and Chris.`,
    values: [person('Isabella Rose'), dob('May 2, 2024'), person('Megan'), person('Chris')],
    lookalikes: ['7lb 4oz'],
  },
  {
    id: 'us-chat-085',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `need help filling DS-82. old passport no. 612074839 issued 2015, name changed from Emily Carter to Emily Okafor after marriage`,
    values: [id('US_PASSPORT', '612074839'), person('Emily Carter'), person('Emily Okafor')],
    lookalikes: ['DS-82', '2015'],
  },
  {
    id: 'us-ticket-086',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Hi, I'm locked out of the parent portal. Student: Mateo Herrera, grade 7. My email on file should be herrera.fam@comcast.net. Phone (919)555-0108. Thx, Lucia`,
    values: [person('Mateo Herrera'), email('herrera.fam@comcast.net'), phone('(919)555-0108'), person('Lucia')],
    lookalikes: ['grade 7'],
  },
  {
    id: 'us-code-087',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `# settings.py
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'crm',
        'USER': 'crm_admin',
        'PASSWORD': 'Winter#Falls#2023',
        'HOST': '10.0.3.14',
    }
}`,
    values: [secret('Winter#Falls#2023'), ip('10.0.3.14')],
    lookalikes: ['django.db.backends.mysql'],
  },
  {
    id: 'us-chat-088',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `write a linkedin recommendation for DeShawn Mitchell, he was my team lead at Target HQ in Minneapolis from 2019 to 2022`,
    values: [person('DeShawn Mitchell')],
    lookalikes: ['Target HQ', '2019 to 2022'],
  },
  {
    id: 'us-form-089',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `STUDENT ENROLLMENT
Student name: Aiyana Blackfeather
Birthdate: 2011-02-17
Parent/Guardian: Joseph Blackfeather
Phone: 406-555-0143
Address: 18 Prairie View Rd, Browning MT 59417`,
    values: [
      person('Aiyana Blackfeather'),
      dob('2011-02-17'),
      person('Joseph Blackfeather'),
      phone('406-555-0143'),
      location('18 Prairie View Rd, Browning MT 59417'),
    ],
    lookalikes: ['STUDENT ENROLLMENT'],
  },
  {
    id: 'us-chat-090',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `is this a scam? text said "USPS: your package 9205 5000 0000 1234 5678 90 is held, confirm at usps-redeliver.info" from 1-202-555-0188`,
    values: [],
    lookalikes: ['9205 5000 0000 1234 5678 90', 'usps-redeliver.info'],
  },
  {
    id: 'us-note-091',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Security incident 2024-117: laptop stolen from car. Owner: Vanessa Huang (vhuang@pinnaclebio.com). Device serial C02FX1ZNMD6T. Contained customer list w/ SSNs incl. one for Robert Kline 073-41-9920 — notify.`,
    values: [person('Vanessa Huang'), email('vhuang@pinnaclebio.com'), person('Robert Kline'), id('US_SSN', '073-41-9920')],
    lookalikes: ['2024-117', 'C02FX1ZNMD6T'],
  },
  {
    id: 'us-chat-092',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `plz proofread my bio: "Hi! I'm Dr. Fatima Al-Sayed, a pediatric dentist in Dearborn. Book at 313-555-0152 or fatima@smilesdearborn.com"`,
    values: [person('Fatima Al-Sayed'), phone('313-555-0152'), email('fatima@smilesdearborn.com')],
    lookalikes: ['pediatric dentist'],
  },
  {
    id: 'us-email-093',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Invoice 2024-0412 from Greenleaf Landscaping
Amount due: $1,480.00 by 05/31/2024
Pay online: greenleaf.example/pay  ·  Questions: billing@greenleaf.example`,
    values: [],
    lookalikes: ['2024-0412', 'Greenleaf Landscaping', '$1,480.00', '05/31/2024'],
  },
  {
    id: 'us-ticket-094',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `new MI license came in, number B 482 173 690 215, can someone update the fleet driver record for Ray Duchene? also his cell changed to 248 555 0193`,
    values: [id('US_DRIVER_LICENSE', 'B 482 173 690 215'), person('Ray Duchene'), phone('248 555 0193')],
    lookalikes: [],
  },
  {
    id: 'us-chat-095',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `My JCB card 3566 1021 8844 7027 got declined in Hawaii, is JCB accepted at Costco?`,
    values: [card('3566 1021 8844 7027')],
    lookalikes: ['Hawaii', 'Costco'],
  },
  {
    id: 'us-note-096',
    lang: 'en',
    country: 'US',
    register: 'note',
    text: `Adoption file: child Grace (no surname yet) DOB approx. 2/2020; prospective parents Neil and Sunita Kapoor, 14 Windmill Ln, Edison NJ 08820, tel. 732-555-0115.`,
    values: [person('Grace'), dob('2/2020'), person('Neil'), person('Sunita Kapoor'), location('14 Windmill Ln, Edison NJ 08820'), phone('732-555-0115')],
    lookalikes: [],
  },
  {
    id: 'us-chat-097',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `whats the ISBN 978-0-13-468599-1 book? my prof said get it before Aug 26`,
    values: [],
    lookalikes: ['978-0-13-468599-1', 'Aug 26'],
  },
  {
    id: 'us-form-098',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `NJ MVC change of address — License #: K4821 73690 51842
Old: 62 Oak St, Hoboken NJ 07030
New: 300 Harborside Blvd Apt 1107, Jersey City NJ 07311
Signature: Gabriela Ostrowski`,
    values: [
      id('US_DRIVER_LICENSE', 'K4821 73690 51842'),
      location('62 Oak St, Hoboken NJ 07030'),
      location('300 Harborside Blvd Apt 1107, Jersey City NJ 07311'),
      person('Gabriela Ostrowski'),
    ],
    lookalikes: ['NJ MVC'],
  },
  {
    id: 'us-chat-099',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `I was born 7/4/76 (yes the bicentennial lol) — am I eligible for catch-up 401k contributions this year?`,
    values: [dob('7/4/76')],
    lookalikes: ['401k'],
  },
  {
    id: 'us-email-100',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hey Aunt Rosie — can you Venmo me for the tickets? It's @Nicole-Ferraro-7 on there, or just Zelle my number 347.555.0103. Love, Nikki`,
    values: [person('Rosie'), phone('347.555.0103'), person('Nikki')],
    lookalikes: ['Venmo', 'Zelle'],
  },
  {
    id: 'us-ticket-101',
    lang: 'en',
    country: 'US',
    register: 'ticket',
    text: `Customer Ms. Yolanda Pierce-Whitmore can't use new card 4556 3201 9847 7160 — system flags "AVS mismatch". Billing zip on her acct 70115, address 2231 Magazine St New Orleans LA.`,
    values: [person('Yolanda Pierce-Whitmore'), card('4556 3201 9847 7160'), location('2231 Magazine St New Orleans LA')],
    lookalikes: ['AVS mismatch'],
  },
];
