// Shorthands for the case files: each returns a `{ type, value }` entry of a case's `values`
// (or, with `failing`, of its `failing` list: look-alikes that fail an identifier's check digit).
const typed = (type) => (value) => ({ type, value });

export const person = typed('PERSON');
export const phone = typed('PHONE_NUMBER');
export const email = typed('EMAIL_ADDRESS');
export const location = typed('LOCATION');
export const dob = typed('DATE_TIME');
export const secret = typed('SECRET');
export const card = typed('CREDIT_CARD');
export const iban = typed('IBAN_CODE');
export const ip = typed('IP_ADDRESS');
export const id = (type, value) => ({ type, value });
export const failing = (type, value) => ({ type, value });
