/**
 * The words the benchmark's address book is made of. Lists are ordered most common first: the loader picks from
 * them with a skew, so a few names are frequent (as Smith and Garcia are) and most are rare.
 */

// prettier-ignore
export const FIRST_NAMES = [
  'James', 'Maria', 'John', 'Mary', 'Michael', 'Jennifer', 'David', 'Linda', 'Robert', 'Patricia',
  'William', 'Elizabeth', 'Joseph', 'Susan', 'Thomas', 'Jessica', 'Daniel', 'Sarah', 'Christopher', 'Karen',
  'Matthew', 'Nancy', 'Anthony', 'Lisa', 'Mark', 'Emily', 'Jose', 'Ashley', 'Andrew', 'Michelle',
  'Joshua', 'Amanda', 'Kevin', 'Melissa', 'Brian', 'Stephanie', 'Juan', 'Laura', 'Carlos', 'Rebecca',
  'Luis', 'Sophia', 'Wei', 'Emma', 'Olivia', 'Ava', 'Isabella', 'Mia', 'Liam', 'Noah',
  'Ethan', 'Lucas', 'Mateo', 'Elijah', 'Aiden', 'Priya', 'Arjun', 'Aisha', 'Fatima', 'Omar',
  'Ahmed', 'Mohammed', 'Yuki', 'Hiroshi', 'Min', 'Jin', 'Hana', 'Chen', 'Li', 'Ananya',
  'Rohan', 'Sofia', 'Valentina', 'Camila', 'Diego', 'Santiago', 'Gabriel', 'Rafael', 'Lucia', 'Elena',
  'Anna', 'Katarzyna', 'Piotr', 'Jan', 'Lars', 'Ingrid', 'Freya', 'Oscar', 'Hugo', 'Chloe',
  'Zoe', 'Grace', 'Hannah', 'Leah', 'Nora', 'Ruby', 'Isaac', 'Samuel', 'Benjamin', 'Henry',
  'Alexander', 'Sebastian', 'Jack', 'Owen', 'Leo', 'Julian', 'Levi', 'Aaron', 'Adrian', 'Connor',
  'Dylan', 'Evan', 'Gavin', 'Ian', 'Jason', 'Kyle', 'Logan', 'Nathan', 'Ryan', 'Tyler',
  'Abigail', 'Alice', 'Bella', 'Claire', 'Delilah', 'Eva', 'Hazel', 'Ivy', 'Julia', 'Kayla',
  'Lily', 'Madison', 'Natalie', 'Paige', 'Quinn', 'Riley', 'Savannah', 'Taylor', 'Violet', 'Willow',
  'Ximena', 'Yara', 'Zara', 'Amir', 'Bilal', 'Dmitri', 'Emil', 'Farah', 'Goran', 'Hassan',
  'Ibrahim', 'Jamal', 'Kenji', 'Lena', 'Mehmet', 'Nadia', 'Olga', 'Pavel', 'Rania', 'Sanjay',
  'Tariq', 'Umar', 'Vikram', 'Wen', 'Xin', 'Yusuf', 'Zainab', 'Akira', 'Bongani', 'Chidi',
  'Deepa', 'Esra', 'Femi', 'Guadalupe', 'Hye', 'Ines', 'Joao', 'Kofi', 'Lakshmi', 'Malik',
  'Nia', 'Obi', 'Pooja', 'Ravi', 'Sipho', 'Thandiwe', 'Uchenna', 'Vusi', 'Wanjiru', 'Yaw',
  'Beatriz', 'Cristina', 'Dario', 'Enzo', 'Fabio', 'Giulia', 'Ilse', 'Joost', 'Klaus', 'Marta',
];

// prettier-ignore
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu',
  'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe',
  'Patel', 'Shah', 'Singh', 'Kumar', 'Sharma', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Das',
  'Khan', 'Ali', 'Hussain', 'Ahmed', 'Rahman', 'Hassan', 'Ibrahim', 'Yilmaz', 'Kaya', 'Demir',
  'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Bernard', 'Petit', 'Roux',
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira', 'Carvalho', 'Gomes',
  'Nowak', 'Kowalski', 'Wisniewski', 'Wojcik', 'Kaminski', 'Ivanov', 'Petrov', 'Smirnov', 'Popov', 'Volkov',
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson',
  'Okafor', 'Adeyemi', 'Mensah', 'Mwangi', 'Otieno', 'Dlamini', 'Nkosi', 'Okonkwo', 'Banda', 'Diallo',
  'Murphy', 'Kelly', 'Sullivan', 'Walsh', 'Byrne', 'Ryan', 'OBrien', 'Doyle', 'McCarthy', 'Gallagher',
  'Cooper', 'Reed', 'Bailey', 'Bell', 'Morgan', 'Howard', 'Ward', 'Cox', 'Richardson', 'Wood',
  'Watson', 'Brooks', 'Bennett', 'Gray', 'James', 'Reyes', 'Cruz', 'Hughes', 'Price', 'Myers',
  'Long', 'Foster', 'Sanders', 'Ross', 'Morales', 'Powell', 'Stewart', 'Russell', 'Ortiz', 'Jenkins',
  'Gutierrez', 'Perry', 'Butler', 'Barnes', 'Fisher', 'Henderson', 'Coleman', 'Simmons', 'Patterson', 'Jordan',
  'Reynolds', 'Hamilton', 'Graham', 'Kimura', 'Wallace', 'Woods', 'Cole', 'West', 'Owens', 'Marshall',
  'Vasquez', 'Castillo', 'Chavez', 'Mendoza', 'Ruiz', 'Alvarez', 'Romero', 'Jimenez', 'Moreno', 'Herrera',
  'Medina', 'Aguilar', 'Vargas', 'Guzman', 'Castro', 'Fernandez', 'Navarro', 'Dominguez', 'Vega', 'Soto',
  'Lindqvist', 'Bergstrom', 'Halvorsen', 'Virtanen', 'Korhonen', 'Novak', 'Horvat', 'Kovac', 'Popescu', 'Nagy',
];

/** Companies are `<brand> <line>`: 50 × 40 = 2,000 names, and a line word ("analytics") is a common search. */
// prettier-ignore
export const COMPANY_BRANDS = [
  'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Wonka', 'Acme',
  'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Massive', 'Oscorp', 'Aperture', 'Gringotts', 'Dunder',
  'Pied Piper', 'Blue Sun', 'Monarch', 'Virtucon', 'Gekko', 'Sirius', 'Nakatomi', 'Oceanic', 'Prestige', 'Rekall',
  'Sterling', 'Bluth', 'Krusty', 'Duff', 'Ollivander', 'Zorg', 'Weyland', 'Yoyodyne', 'Buy n Large', 'Spacely',
  'Cogswell', 'Jupiter', 'Lumon', 'Mooby', 'Paper Street', 'Quartz', 'Riverside', 'Summit', 'Tidewater', 'Evergreen',
];

// prettier-ignore
export const COMPANY_LINES = [
  'Analytics', 'Systems', 'Labs', 'Health', 'Capital', 'Logistics', 'Foods', 'Energy', 'Robotics', 'Media',
  'Consulting', 'Software', 'Bank', 'Insurance', 'Pharma', 'Motors', 'Airlines', 'Retail', 'Studios', 'Partners',
  'Engineering', 'Biotech', 'Security', 'Networks', 'Foundation', 'Hospital', 'Realty', 'Textiles', 'Mining', 'Telecom',
  'Ventures', 'Design', 'Education', 'Games', 'Legal', 'Marine', 'Aerospace', 'Chemicals', 'Publishing', 'Hotels',
];

/** Where contacts without a company have their email. */
export const MAIL_DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'proton.me',
  'alumni.northfield.edu',
];

/** The labels a career office gives its contacts (each contact has none, one or two). */
// prettier-ignore
export const LABEL_NAMES = [
  'Alumni', 'Employer partner', 'Mentor', 'Career fair 2025', 'Internship host', 'Guest speaker', 'Recruiter',
  'Board member', 'Donor', 'Faculty', 'Parent', 'Startup founder', 'Hiring manager', 'Panelist',
  'Site visit', 'Newsletter', 'Career fair 2024', 'Volunteer', 'International', 'Do not contact',
];
