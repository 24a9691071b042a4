// Held-out PII cases: the Gulf, the Levant, North, West, East and Southern Africa.
// Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, card, iban, ip } from './helpers.js';

export const cases = [
  {
    id: 'ae-email-001',
    lang: 'en',
    country: 'AE',
    register: 'email',
    text: `Dear Mr. Khalid Al Mansoori,

Your tenancy contract for Apartment 1203, Marina Heights Tower, Dubai Marina, Dubai has been registered with Ejari (No. 0120240418776). Refund of the security deposit will go to AE21 0260 0010 1573 3120 801.

Regards,
Leasing Team — +971 4 388 2210`,
    values: [
      person('Khalid Al Mansoori'),
      location('Apartment 1203, Marina Heights Tower, Dubai Marina, Dubai'),
      iban('AE21 0260 0010 1573 3120 801'),
    ],
    lookalikes: ['0120240418776', 'Ejari'],
  },
  {
    id: 'ae-chat-002',
    lang: 'ar',
    country: 'AE',
    register: 'chat',
    text: `ممكن تساعدني أكتب رسالة لصاحب الشقة؟ اسمي فاطمة الزهراء الهاشمي ورقمي 050 412 8890، المكيف خربان من أسبوع`,
    values: [person('فاطمة الزهراء الهاشمي'), phone('050 412 8890')],
    lookalikes: ['من أسبوع'],
  },
  {
    id: 'sa-form-003',
    lang: 'ar',
    country: 'SA',
    register: 'form',
    text: `نموذج تسجيل موظف
الاسم: عبدالله بن سعد القحطاني
تاريخ الميلاد: 14/05/1990
الجوال: +966 55 123 4567
العنوان: 2824 طريق الملك فهد، العليا، الرياض 12214
الآيبان: SA24 1500 0000 6080 1019 8437`,
    values: [
      person('عبدالله بن سعد القحطاني'),
      dob('14/05/1990'),
      phone('+966 55 123 4567'),
      location('2824 طريق الملك فهد، العليا، الرياض 12214'),
      iban('SA24 1500 0000 6080 1019 8437'),
    ],
    lookalikes: ['نموذج تسجيل موظف'],
  },
  {
    id: 'sa-chat-004',
    lang: 'en',
    country: 'SA',
    register: 'chat',
    text: `translate to arabic for my landlord: "Dear Mr. Faisal Al-Otaibi, I'll transfer the rent on the 1st from my card ending 2040 (full 4917 6235 0188 2040). Regards, Noura"`,
    values: [person('Faisal Al-Otaibi'), card('4917 6235 0188 2040'), person('Noura')],
    lookalikes: ['the 1st'],
  },
  {
    id: 'eg-ticket-005',
    lang: 'ar',
    country: 'EG',
    register: 'ticket',
    text: `شكوى رقم 55120: العميل محمد عبد الرحمن، مواليد 3 مارس 1988، رقم الموبايل 010 1234 5678، العنوان 15 شارع طلعت حرب، وسط البلد، القاهرة. الطلب متأخر 10 أيام.`,
    values: [
      person('محمد عبد الرحمن'),
      dob('3 مارس 1988'),
      phone('010 1234 5678'),
      location('15 شارع طلعت حرب، وسط البلد، القاهرة'),
    ],
    lookalikes: ['شكوى رقم 55120', '10 أيام'],
  },
  {
    id: 'eg-chat-006',
    lang: 'en',
    country: 'EG',
    register: 'chat',
    text: `hi i need an email to my professor, Dr. Hany El-Sayed, asking for extension. my student id is 20190877 and my mail is omar.fathy99@outlook.com`,
    values: [person('Hany El-Sayed'), email('omar.fathy99@outlook.com')],
    lookalikes: ['20190877'],
  },
  {
    id: 'ng-email-007',
    lang: 'en-NG',
    country: 'NG',
    register: 'email',
    text: `Good morning Sir,

Kindly find attached my CV for the position of Accountant. I am Chiamaka Obi, born 22nd October 1995, resident at Plot 1024 Adeola Odeku Street, Victoria Island, Lagos 101241. You can reach me on 0803 412 7781.

Yours faithfully,
Chiamaka`,
    values: [
      person('Chiamaka Obi'),
      dob('22nd October 1995'),
      location('Plot 1024 Adeola Odeku Street, Victoria Island, Lagos 101241'),
      phone('0803 412 7781'),
    ],
    lookalikes: ['Accountant'],
  },
  {
    id: 'ng-chat-008',
    lang: 'en-NG',
    country: 'NG',
    register: 'chat',
    text: `abeg help me write message to my landlord Alhaji Musa Danjuma say I go pay rent next week, my number na +234 803 123 4567`,
    values: [person('Musa Danjuma'), phone('+234 803 123 4567')],
    lookalikes: ['next week'],
  },
  {
    id: 'ke-ticket-009',
    lang: 'sw',
    country: 'KE',
    register: 'ticket',
    text: `Mteja Wanjiku Kamau (simu +254 712 345 678) analalamika kuwa M-Pesa ya KSh 4,500 haikufika. Namba ya muamala: SFK3H7Q2LM. Anaishi Kilimani, Nairobi.`,
    values: [person('Wanjiku Kamau'), phone('+254 712 345 678')],
    lookalikes: ['M-Pesa', 'KSh 4,500', 'SFK3H7Q2LM'],
  },
  {
    id: 'za-form-010',
    lang: 'en-ZA',
    country: 'ZA',
    register: 'form',
    text: `Lease application
Applicant: Thabo Mokoena
Date of birth: 1989/06/16
Current address: 42 Long Street, Cape Town, 8001
Cell: +27 82 412 5567
Employer: Discovery Health, Sandton`,
    values: [
      person('Thabo Mokoena'),
      dob('1989/06/16'),
      location('42 Long Street, Cape Town, 8001'),
      phone('+27 82 412 5567'),
    ],
    lookalikes: ['Discovery Health', 'Lease application'],
  },
  {
    id: 'za-chat-011',
    lang: 'af',
    country: 'ZA',
    register: 'chat',
    text: `kan jy vir my 'n brief skryf aan my bure? Ek is Annelie van Niekerk van Kerkstraat 18, Stellenbosch 7600. Hulle hond blaf die hele nag. Sel 072 881 3304`,
    values: [person('Annelie van Niekerk'), location('Kerkstraat 18, Stellenbosch 7600'), phone('072 881 3304')],
    lookalikes: [],
  },
  {
    id: 'ma-email-012',
    lang: 'fr-MA',
    country: 'MA',
    register: 'email',
    text: `Bonjour Youssef, voici mes coordonnées pour le devis : Salma Benjelloun, 27 rue Tarik Ibn Ziad, Casablanca 20250, tél +212 6 61 23 45 67. Merci !`,
    values: [
      person('Youssef'),
      person('Salma Benjelloun'),
      location('27 rue Tarik Ibn Ziad, Casablanca 20250'),
      phone('+212 6 61 23 45 67'),
    ],
    lookalikes: ['le devis'],
  },
  {
    id: 'il-chat-013',
    lang: 'he',
    country: 'IL',
    register: 'chat',
    text: `תעזור לי לנסח מייל לבעל הדירה, יוסי כהן, שהמזגן התקלקל? הטלפון שלי 052-412-3378 והכתובת רחוב דיזנגוף 120, תל אביב`,
    values: [person('יוסי כהן'), phone('052-412-3378'), location('רחוב דיזנגוף 120, תל אביב')],
    lookalikes: [],
  },
  {
    id: 'gh-note-014',
    lang: 'en-GH',
    country: 'GH',
    register: 'note',
    text: `Community health visit: Ama Serwaa Boateng (born 1 July 1984) and baby Kofi, Madina Estates, Accra. Husband Yaw, mobile 024 412 7790. Next visit in 2 weeks.`,
    values: [
      person('Ama Serwaa Boateng'),
      dob('1 July 1984'),
      person('Kofi'),
      location('Madina Estates, Accra'),
      person('Yaw'),
      phone('024 412 7790'),
    ],
    lookalikes: ['in 2 weeks'],
  },
  {
    id: 'ae-log-015',
    lang: 'en',
    country: 'AE',
    register: 'log',
    text: `2024-04-28 06:02:19 INFO kyc-uae: emirates_id_verified name="Rashid Saeed Al Falasi" mobile=+971501234567 email=rashid.falasi@emirates.net.ae ip=94.200.14.77`,
    values: [
      person('Rashid Saeed Al Falasi'),
      phone('+971501234567'),
      email('rashid.falasi@emirates.net.ae'),
      ip('94.200.14.77'),
    ],
    lookalikes: ['kyc-uae', '2024-04-28 06:02:19'],
  },
  {
    id: 'et-chat-016',
    lang: 'en',
    country: 'ET',
    register: 'chat',
    text: `what documents do I need for a Kenyan visa from Addis Ababa? I'm Ethiopian, flying Ethiopian Airlines ET 308 on 12 Sept`,
    values: [],
    lookalikes: ['Addis Ababa', 'Ethiopian Airlines', 'ET 308', '12 Sept'],
  },
];
