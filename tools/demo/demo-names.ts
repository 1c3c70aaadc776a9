/** Names for the demo school's address book: every first name with every last name, in a fixed order. */
export const FIRST_NAMES = [
  'Avery',
  'Blake',
  'Carmen',
  'Dana',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Imani',
  'Jonas',
  'Keiko',
  'Luis',
  'Maya',
  'Nikhil',
  'Olivia',
  'Priya',
  'Quinn',
  'Rosa',
  'Samuel',
  'Tariq',
];

export const LAST_NAMES = [
  'Anderson',
  'Baptiste',
  'Chen',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Johnson',
];

export const COMPANIES = [
  { name: 'Acme Robotics', domain: 'acme-robotics.example' },
  { name: 'Blue Harbor Bank', domain: 'blueharbor.example' },
  { name: 'Cedar Health', domain: 'cedarhealth.example' },
  { name: 'Delta Software', domain: 'deltasoftware.example' },
];

export const TITLES = [
  'Recruiter',
  'University Relations Lead',
  'Engineering Manager',
  'HR Partner',
  'Talent Scout',
];

export const LABELS = ['Career fair 2026', 'Engineering', 'Finance', 'Priority', 'Alumni employer'];
