// Held-out PII cases: longer documents people paste whole (a CV, letters, reports, minutes,
// a claim, a will). Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, iban, id } from './helpers.js';

export const cases = [
  {
    id: 'in-document-001',
    lang: 'en-IN',
    country: 'IN',
    register: 'document',
    text: `CURRICULUM VITAE

ROHIT KRISHNAMURTHY
No. 18, 4th Cross, Jayanagar 4th Block, Bengaluru – 560011
+91 99001 27784 | rohit.krishnamurthy@gmail.com | linkedin.com/in/rohitk

Date of Birth: 02-Nov-1996     Nationality: Indian

EXPERIENCE
Senior Software Engineer, Flipkart (Jul 2021 – present)
- Cut checkout p99 latency from 820 ms to 310 ms
- Led migration of 40+ services to Kubernetes 1.27

EDUCATION
B.Tech, Computer Science, NIT Trichy, 2018 (CGPA 8.7/10)`,
    values: [
      person('ROHIT KRISHNAMURTHY'),
      location('No. 18, 4th Cross, Jayanagar 4th Block, Bengaluru – 560011'),
      phone('+91 99001 27784'),
      email('rohit.krishnamurthy@gmail.com'),
      dob('02-Nov-1996'),
    ],
    lookalikes: ['Flipkart', 'Jul 2021', '820 ms', 'Kubernetes 1.27', 'NIT Trichy', '8.7/10'],
  },
  {
    id: 'gb-document-002',
    lang: 'en-GB',
    country: 'GB',
    register: 'document',
    text: `To whom it may concern,

I am pleased to provide a reference for Ms Niamh Gallagher, who worked as a Senior Care Assistant at Oakfield House from March 2019 to January 2024. She was reliable, compassionate and well liked by residents and their families.

Her National Insurance number, as held on our payroll records, is PE 55 20 17 A, and her NHS number 481 920 3754 was used for her occupational health file.

Please contact me on 01223 410 882 should you need anything further.

Yours faithfully,
Gillian Marsh
Registered Manager, Oakfield House, 3 Mill Road, Cambridge CB1 2AD`,
    values: [
      person('Niamh Gallagher'),
      id('UK_NINO', 'PE 55 20 17 A'),
      id('UK_NHS', '481 920 3754'),
      phone('01223 410 882'),
      person('Gillian Marsh'),
    ],
    lookalikes: ['Oakfield House', 'March 2019 to January 2024', 'Senior Care Assistant'],
  },
  {
    id: 'de-document-003',
    lang: 'de',
    country: 'DE',
    register: 'document',
    text: `Arztbrief

Sehr geehrte Frau Kollegin Dr. Hartmann,

wir berichten über Ihre Patientin Frau Renate Albrecht, geb. 17.02.1956, wohnhaft Goethestraße 9, 04109 Leipzig, die sich vom 03.05. bis 10.05.2024 in unserer stationären Behandlung befand.

Diagnosen: Vorhofflimmern (I48.1), arterielle Hypertonie (I10.90).
Medikation bei Entlassung: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0.

Für Rückfragen erreichen Sie den Stationsarzt unter 0341 97 12240.

Mit freundlichen kollegialen Grüßen
Dr. med. Farid Nasseri, Oberarzt`,
    values: [
      person('Hartmann'),
      person('Renate Albrecht'),
      dob('17.02.1956'),
      location('Goethestraße 9, 04109 Leipzig'),
      person('Farid Nasseri'),
    ],
    lookalikes: ['I48.1', 'I10.90', 'Apixaban 5 mg 1-0-1', 'vom 03.05. bis 10.05.2024'],
  },
  {
    id: 'us-document-004',
    lang: 'en',
    country: 'US',
    register: 'document',
    text: `INCIDENT REPORT — Case No. 24-018832
Reporting officer: Sgt. Daniel Okafor, Badge 4471
Date/time: 04/21/2024 23:40

Narrative: Officer responded to a noise complaint at 1450 W Grand Ave, Apt 3R, Chicago, IL 60642. Resident identified herself as Monique Jefferson (DOB 08/14/1990), IL DL M512-4419-0833. Complainant, neighbor Victor Reyes, can be reached at 312-555-0198. No arrests.`,
    values: [
      person('Daniel Okafor'),
      location('1450 W Grand Ave, Apt 3R, Chicago, IL 60642'),
      person('Monique Jefferson'),
      dob('08/14/1990'),
      id('US_DRIVER_LICENSE', 'M512-4419-0833'),
      person('Victor Reyes'),
      phone('312-555-0198'),
    ],
    lookalikes: ['24-018832', '04/21/2024 23:40'],
  },
  {
    id: 'fr-document-005',
    lang: 'fr',
    country: 'FR',
    register: 'document',
    text: `Objet : Déclaration de sinistre — contrat habitation n° HAB-7719204

Madame, Monsieur,

Je soussigné Antoine Mercier, né le 28 août 1981, domicilié 14 rue Sainte-Catherine, 33000 Bordeaux, vous déclare un dégât des eaux survenu le 2 juin 2024 dans ma cuisine.

Vous pouvez me joindre au 06 71 38 22 45 ou à antoine.mercier@free.fr. Merci de verser l'indemnisation sur le compte FR76 3000 4008 2800 0107 1847 237.

Antoine Mercier`,
    values: [
      person('Antoine Mercier'),
      dob('28 août 1981'),
      location('14 rue Sainte-Catherine, 33000 Bordeaux'),
      phone('06 71 38 22 45'),
      email('antoine.mercier@free.fr'),
      iban('FR76 3000 4008 2800 0107 1847 237'),
    ],
    lookalikes: ['HAB-7719204', '2 juin 2024'],
  },
  {
    id: 'nl-document-006',
    lang: 'nl',
    country: 'NL',
    register: 'document',
    text: `Notulen teamoverleg 4 juni 2024
Aanwezig: Jeroen Smit (vz), Fatima Ouali, Ruud de Graaf
Afwezig: Lieke Mulder (ziek)

1. Sprint 18 is afgerond; release 3.9.0 staat voor donderdag.
2. Nieuwe collega Wouter Kok start 1 juli, BSN 620471839 is doorgegeven aan salarisadministratie.
3. Volgende overleg: 18 juni, 10:00, kamer 2.14.`,
    values: [
      person('Jeroen Smit'),
      person('Fatima Ouali'),
      person('Ruud de Graaf'),
      person('Lieke Mulder'),
      person('Wouter Kok'),
      id('NL_BSN', '620471839'),
    ],
    lookalikes: ['4 juni 2024', 'Sprint 18', '3.9.0', '1 juli', '18 juni, 10:00', 'kamer 2.14'],
  },
  {
    id: 'es-document-007',
    lang: 'es',
    country: 'ES',
    register: 'document',
    text: `TESTAMENTO OLÓGRAFO

Yo, Carmen Rosario Vázquez Iglesias, nacida en Ourense el 9 de mayo de 1944, con DNI 79035521T, vecina de Rúa do Paseo 31, 32003 Ourense, en pleno uso de mis facultades, dispongo que mi casa pase a mis hijos Manuel y Beatriz Lorenzo Vázquez a partes iguales.

Ourense, 15 de marzo de 2024.`,
    values: [
      person('Carmen Rosario Vázquez Iglesias'),
      dob('9 de mayo de 1944'),
      id('ES_NIF', '79035521T'),
      location('Rúa do Paseo 31, 32003 Ourense'),
      person('Manuel'),
      person('Beatriz Lorenzo Vázquez'),
    ],
    lookalikes: ['15 de marzo de 2024', 'TESTAMENTO OLÓGRAFO'],
  },
  {
    id: 'jp-document-008',
    lang: 'ja',
    country: 'JP',
    register: 'document',
    text: `賃貸借契約書（抜粋）

貸主：株式会社さくら不動産
借主：小林 大輔（生年月日 1990年1月8日）
物件所在地：〒460-0008 愛知県名古屋市中区栄3-15-33 サクラマンション 805号室
連絡先：080-3317-2294
契約期間：2024年4月1日から2026年3月31日まで
賃料：月額 98,000円`,
    values: [
      person('小林 大輔'),
      dob('1990年1月8日'),
      location('〒460-0008 愛知県名古屋市中区栄3-15-33 サクラマンション 805号室'),
      phone('080-3317-2294'),
    ],
    lookalikes: ['株式会社さくら不動産', '2024年4月1日から2026年3月31日まで', '98,000円'],
  },
  {
    id: 'de-document-009',
    lang: 'de',
    country: 'DE',
    register: 'document',
    text: `Arbeitsvertrag (Auszug)

zwischen der Nordlicht Software GmbH, Speicherstadt 4, 20457 Hamburg („Arbeitgeber")
und Herrn Stefan Lindemann, geboren am 22. Juli 1988, wohnhaft Eppendorfer Weg 77, 20259 Hamburg („Arbeitnehmer"), Steuer-ID 51293847562.

§ 3 Vergütung: 68.500 EUR brutto jährlich, zahlbar auf DE77 1203 0000 1068 5427 93.`,
    values: [
      person('Stefan Lindemann'),
      dob('22. Juli 1988'),
      location('Eppendorfer Weg 77, 20259 Hamburg'),
      id('DE_TAX_ID', '51293847562'),
      iban('DE77 1203 0000 1068 5427 93'),
    ],
    lookalikes: ['Nordlicht Software GmbH', '68.500 EUR', '§ 3'],
  },
  {
    id: 'ca-document-010',
    lang: 'en-CA',
    country: 'CA',
    register: 'document',
    text: `RECORD OF EMPLOYMENT — summary for employee file
Employee: Grace Whitehorse
SIN: 529 017 360
Address: 77 Portage Ave, Winnipeg MB R3B 2B6
Phone: 204 942 1187
First day worked: 2019-08-12   Last day for which paid: 2024-05-31
Reason: K (other)`,
    values: [
      person('Grace Whitehorse'),
      id('CA_SIN', '529 017 360'),
      location('77 Portage Ave, Winnipeg MB R3B 2B6'),
      phone('204 942 1187'),
    ],
    lookalikes: ['2019-08-12', '2024-05-31', 'RECORD OF EMPLOYMENT'],
  },
];
