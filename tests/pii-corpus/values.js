// Value generators for the labelled PII corpus: every PII value is valid for its format
// (checksums included), every look-alike is a thing that is NOT personal data but resembles it.
// All randomness comes from the seeded faker instance passed in.

const luhnCheck = (digits) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

const digits = (f, n) => f.string.numeric({ length: n, allowLeadingZeros: true });
const pick = (f, list) => f.helpers.arrayElement(list);

function groupCard(number, f) {
  const sep = pick(f, ['', ' ', '-']);
  if (!sep) return number;
  return number.match(/.{1,4}/g).join(sep);
}

function validSsn(f) {
  let area;
  do area = f.number.int({ min: 1, max: 899 });
  while (area === 666);
  const group = f.number.int({ min: 1, max: 99 });
  const serial = f.number.int({ min: 1, max: 9999 });
  return [String(area).padStart(3, '0'), String(group).padStart(2, '0'), String(serial).padStart(4, '0')];
}

function nhs(f) {
  for (;;) {
    const d = digits(f, 9);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
    let check = 11 - (sum % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const n = d + check;
    return pick(f, [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, n]);
  }
}

function nino(f) {
  const first = 'ABCEGHJKLMNPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let prefix;
  do prefix = pick(f, [...first]) + pick(f, [...second]);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix));
  const d = digits(f, 6);
  const suffix = pick(f, ['A', 'B', 'C', 'D']);
  return f.datatype.boolean() ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`;
}

function phone(f) {
  const area = () => String(f.number.int({ min: 2, max: 9 })) + digits(f, 2);
  const style = f.number.int({ min: 0, max: 9 });
  switch (style) {
    case 0: return f.phone.number({ style: 'national' });
    case 1: return f.phone.number({ style: 'international' });
    case 2: return f.phone.number({ style: 'human' });
    case 3: return `+44 20 ${digits(f, 4)} ${digits(f, 4)}`;
    case 4: return `07${digits(f, 3)} ${digits(f, 6)}`;
    case 5: return `+49 30 ${digits(f, 7)}`;
    case 6: return `0${f.number.int({ min: 30, max: 89 })} ${digits(f, 7)}`;
    case 7: return `0${f.number.int({ min: 1, max: 7 })} ${digits(f, 2)} ${digits(f, 2)} ${digits(f, 2)} ${digits(f, 2)}`;
    case 8: return `+33 ${f.number.int({ min: 1, max: 7 })} ${digits(f, 2)} ${digits(f, 2)} ${digits(f, 2)} ${digits(f, 2)}`;
    default: return `${area()}.${area()}.${digits(f, 4)}`;
  }
}

function secret(f) {
  const alnum = (n) => f.string.alphanumeric({ length: n, casing: 'mixed' });
  switch (f.number.int({ min: 0, max: 8 })) {
    case 0: return `AKIA${f.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    case 1: return `ghp_${alnum(36)}`;
    case 2: return `xoxb-${digits(f, 12)}-${digits(f, 12)}-${alnum(24)}`;
    case 3: return `sk_live_${alnum(24)}`;
    case 4: return `sk-ant-api03-${f.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 80)}AA`;
    case 5: return `sk-proj-${alnum(48)}`;
    case 6: return f.internet.jwt();
    case 7: return `-----BEGIN PRIVATE KEY-----\n${alnum(64)}\n${alnum(40)}==\n-----END PRIVATE KEY-----`;
    default: return alnum(32);
  }
}

function dob(f) {
  const d = f.date.birthdate({ min: 18, max: 90, mode: 'age' });
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const y = d.getUTCFullYear();
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return pick(f, [
    `${String(m).padStart(2, '0')}/${String(day).padStart(2, '0')}/${y}`,
    `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `${day} ${months[m - 1]} ${y}`,
    `${months[m - 1]} ${day}, ${y}`,
    `${String(day).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
  ]);
}

function address(f) {
  const street = f.location.streetAddress(f.datatype.boolean());
  return f.datatype.boolean() ? `${street}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode()}` : street;
}

const CITIES = ['London', 'Manchester', 'Paris', 'Berlin', 'Chicago', 'Seattle', 'Boston', 'Toronto', 'Madrid', 'Dublin', 'San Francisco', 'New York', 'Sydney', 'Denver', 'Atlanta'];

/** PII generators by Presidio type. */
export const PII = {
  PERSON: (f) => `${f.person.firstName()} ${f.person.lastName()}`,
  EMAIL_ADDRESS: (f) => f.internet.email(),
  PHONE_NUMBER: phone,
  CREDIT_CARD: (f) => groupCard(f.finance.creditCardNumber(pick(f, ['visa', 'mastercard', 'discover', 'amex', 'jcb'])).replace(/\D/g, ''), f),
  US_SSN: (f) => validSsn(f).join(pick(f, ['-', '-', ' '])),
  US_ITIN: (f) => `9${digits(f, 2)}-${pick(f, ['70', '78', '88', '90', '94', '99', '50', '65'])}-${digits(f, 4)}`,
  IBAN_CODE: (f) => f.finance.iban({ formatted: f.datatype.boolean() }),
  IP_ADDRESS: (f) => (f.datatype.boolean() ? f.internet.ipv4() : f.internet.ipv6()),
  URL: (f) => f.internet.url() + (f.datatype.boolean() ? `/${f.lorem.slug(2)}` : ''),
  MAC_ADDRESS: (f) => f.internet.mac(pick(f, [':', '-'])),
  CRYPTO: (f) => (f.datatype.boolean() ? f.finance.bitcoinAddress() : f.finance.ethereumAddress()),
  UK_NHS: nhs,
  UK_NINO: nino,
  DATE_TIME: dob,
  LOCATION: (f) => (f.number.int({ min: 0, max: 3 }) === 0 ? pick(f, CITIES) : address(f)),
  SECRET: secret,
};

/** Look-alikes: not personal data, and must survive masking untouched. */
export const LOOKALIKES = {
  order_number: (f) => {
    const body = f.helpers.arrayElement(['4', '5', '3', '6']) + digits(f, 14);
    const bad = String((Number(luhnCheck(body)) + f.number.int({ min: 1, max: 9 })) % 10);
    return groupCard(body + bad, f);
  },
  invalid_ssn: (f) => {
    const [a, g, s] = validSsn(f);
    return pick(f, [`000-${g}-${s}`, `666-${g}-${s}`, `${a}-00-${s}`, `${a}-${g}-0000`, `9${digits(f, 2)}-${pick(f, ['12', '34', '45'])}-${s}`]);
  },
  uuid: (f) => f.string.uuid(),
  commit: (f) => (f.datatype.boolean() ? f.git.commitSha() : f.git.commitSha({ length: 7 })),
  version: (f) => pick(f, [f.system.semver(), `v${f.system.semver()}`, `${f.number.int(20)}.${f.number.int(9)}.${f.number.int(30000)}.${f.number.int(99)}`]),
  isbn: (f) => f.commerce.isbn({ separator: pick(f, ['-', ' ', '']) }),
  timestamp: (f) => {
    const d = f.date.recent({ days: 400 });
    return pick(f, [d.toISOString(), String(Math.floor(d.getTime() / 1000)), d.toISOString().replace('T', ' ').slice(0, 19)]);
  },
  price: (f) => pick(f, [`$${f.commerce.price()}`, `€${f.commerce.price()}`, `USD ${f.commerce.price({ min: 1000, max: 99999 })}`, `$${f.number.int({ min: 1, max: 9 })},${digits(f, 3)}.${digits(f, 2)}`]),
};
