/*
 * Names, companies and places for demo customers and agents: international on purpose, so the
 * console is exercised with accents, short and long names and non-English places.
 *
 * Every email address uses the reserved `.example` top-level domain (RFC 2606): a demo database
 * must never be able to email a real person, whatever the email integration does later.
 */

export const firstNames = [
  'Ada', 'Aiko', 'Alejandro', 'Amara', 'Amelia', 'Ana', 'Andrei', 'Anika', 'Arjun', 'Astrid', 'Ben', 'Bianca',
  'Camille', 'Carlos', 'Chen', 'Chloé', 'Daniel', 'Dara', 'David', 'Diego', 'Elena', 'Elif', 'Emeka', 'Emma',
  'Erik', 'Fatima', 'Felix', 'Freya', 'Gabriel', 'Grace', 'Hana', 'Hannah', 'Hugo', 'Ibrahim', 'Ines', 'Isabel',
  'Ivan', 'Jack', 'James', 'Jana', 'Javier', 'Jin', 'João', 'Jonas', 'Julia', 'Kai', 'Karim', 'Kate', 'Kenji',
  'Laila', 'Lars', 'Laura', 'Leila', 'Leo', 'Liam', 'Lina', 'Lucas', 'Lucía', 'Maya', 'Mateo', 'Max', 'Mei',
  'Mia', 'Mohammed', 'Nadia', 'Naomi', 'Nia', 'Nikolai', 'Noah', 'Nora', 'Olivia', 'Omar', 'Oscar', 'Paula',
  'Pedro', 'Priya', 'Rafael', 'Rahul', 'Ravi', 'Rosa', 'Ruth', 'Sakura', 'Samuel', 'Sara', 'Sebastian', 'Sofia',
  'Sophie', 'Stefan', 'Tariq', 'Thomas', 'Tomás', 'Valentina', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zainab', 'Zoe',
] as const;

export const lastNames = [
  'Abara', 'Adeyemi', 'Ahmed', 'Andersen', 'Bauer', 'Becker', 'Bianchi', 'Brown', 'Campbell', 'Castillo', 'Chen',
  'Costa', 'Da Silva', 'Dubois', 'Eriksson', 'Evans', 'Fernández', 'Fischer', 'Garcia', 'Gómez', 'Hansen', 'Haddad',
  'Hoffmann', 'Huang', 'Ivanova', 'Jansen', 'Johnson', 'Kaur', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Laurent',
  'Lee', 'Lopez', 'Martin', 'Martínez', 'Meyer', 'Moreau', 'Morales', 'Müller', 'Nakamura', 'Nguyen', 'Novak',
  "O'Brien", 'Okafor', 'Okonkwo', 'Olsen', 'Park', 'Patel', 'Pereira', 'Petrov', 'Popescu', 'Quinn', 'Ramos',
  'Reyes', 'Rossi', 'Russo', 'Santos', 'Sato', 'Schmidt', 'Schneider', 'Shah', 'Silva', 'Singh', 'Smith', 'Souza',
  'Suzuki', 'Tanaka', 'Taylor', 'Thompson', 'Torres', 'Van der Berg', 'Vargas', 'Wagner', 'Walker', 'Wang',
  'Weber', 'Williams', 'Wilson', 'Wójcik', 'Yamamoto', 'Yilmaz', 'Zhang',
] as const;

/** Company names are "<first> <second>": a few thousand combinations, each sounding plausible. */
export const companyFirstWords = [
  'Acorn', 'Alder', 'Amber', 'Anchor', 'Apex', 'Aster', 'Atlas', 'Aurora', 'Beacon', 'Birch', 'Blue Harbor',
  'Bramble', 'Bright', 'Cedar', 'Cinder', 'Clover', 'Cobalt', 'Copper', 'Coral', 'Crescent', 'Daybreak',
  'Driftwood', 'Ember', 'Evergreen', 'Fern', 'Fable', 'Fjord', 'Foxglove', 'Garnet', 'Golden Hour', 'Granite',
  'Harbor', 'Hazel', 'Heron', 'Highland', 'Indigo', 'Iron', 'Juniper', 'Kestrel', 'Lark', 'Linden', 'Lumen',
  'Maple', 'Marigold', 'Meadow', 'Mosaic', 'North Star', 'Northwind', 'Oak', 'Olive', 'Onyx', 'Orchard',
  'Pebble', 'Pine', 'Prairie', 'Quartz', 'Raven', 'Redwood', 'Ridge', 'River', 'Saffron', 'Sage', 'Salt',
  'Silver', 'Sparrow', 'Spruce', 'Stone', 'Summit', 'Sunrise', 'Thistle', 'Tidal', 'Timber', 'Urban', 'Velvet',
  'Willow', 'Wren', 'Zephyr',
] as const;

/** The second word says what the business does, and so its industry. */
export const companySecondWords = [
  ['Analytics', 'Software'], ['Apparel', 'Retail'], ['Bakery', 'Food & beverage'], ['Books', 'Retail'],
  ['Brewing', 'Food & beverage'], ['Café', 'Food & beverage'], ['Clinic', 'Healthcare'], ['Coffee', 'Food & beverage'],
  ['Collective', 'Professional services'], ['Cycles', 'Retail'], ['Dental', 'Healthcare'], ['Design', 'Professional services'],
  ['Florist', 'Retail'], ['Foods', 'Food & beverage'], ['Games', 'Media & entertainment'], ['Goods', 'E-commerce'],
  ['Grocers', 'Retail'], ['Health', 'Healthcare'], ['Hotels', 'Hospitality'], ['Interiors', 'Retail'],
  ['Kitchen', 'Food & beverage'], ['Labs', 'Software'], ['Learning', 'Education'], ['Logistics', 'Logistics'],
  ['Market', 'Retail'], ['Media', 'Media & entertainment'], ['Outfitters', 'Retail'], ['Partners', 'Financial services'],
  ['Pet Supply', 'Retail'], ['Pharmacy', 'Healthcare'], ['Provisions', 'Food & beverage'], ['Records', 'Media & entertainment'],
  ['Retail', 'Retail'], ['Salon', 'Beauty & wellness'], ['Studio', 'Beauty & wellness'], ['Supply Co.', 'Manufacturing'],
  ['Systems', 'Software'], ['Tea House', 'Food & beverage'], ['Trading', 'E-commerce'], ['Travel', 'Travel'],
  ['Wellness', 'Beauty & wellness'], ['Wines', 'Food & beverage'], ['Works', 'Manufacturing'], ['Foundation', 'Nonprofit'],
  ['Academy', 'Education'], ['Hostel', 'Hospitality'],
] as const;

/** City and country, with a locale for the customer's metadata. */
export const locations = [
  ['New York, United States', 'en-US'], ['Austin, United States', 'en-US'], ['Chicago, United States', 'en-US'],
  ['Seattle, United States', 'en-US'], ['Atlanta, United States', 'en-US'], ['Denver, United States', 'en-US'],
  ['San Francisco, United States', 'en-US'], ['Toronto, Canada', 'en-CA'], ['Montréal, Canada', 'fr-CA'],
  ['Vancouver, Canada', 'en-CA'], ['Mexico City, Mexico', 'es-MX'], ['São Paulo, Brazil', 'pt-BR'],
  ['Buenos Aires, Argentina', 'es-AR'], ['Bogotá, Colombia', 'es-CO'], ['London, United Kingdom', 'en-GB'],
  ['Manchester, United Kingdom', 'en-GB'], ['Edinburgh, United Kingdom', 'en-GB'], ['Dublin, Ireland', 'en-IE'],
  ['Paris, France', 'fr-FR'], ['Lyon, France', 'fr-FR'], ['Berlin, Germany', 'de-DE'], ['Munich, Germany', 'de-DE'],
  ['Hamburg, Germany', 'de-DE'], ['Amsterdam, Netherlands', 'nl-NL'], ['Brussels, Belgium', 'fr-BE'],
  ['Zürich, Switzerland', 'de-CH'], ['Vienna, Austria', 'de-AT'], ['Madrid, Spain', 'es-ES'],
  ['Barcelona, Spain', 'es-ES'], ['Lisbon, Portugal', 'pt-PT'], ['Milan, Italy', 'it-IT'], ['Rome, Italy', 'it-IT'],
  ['Copenhagen, Denmark', 'da-DK'], ['Stockholm, Sweden', 'sv-SE'], ['Oslo, Norway', 'nb-NO'],
  ['Helsinki, Finland', 'fi-FI'], ['Warsaw, Poland', 'pl-PL'], ['Prague, Czechia', 'cs-CZ'],
  ['Istanbul, Türkiye', 'tr-TR'], ['Cairo, Egypt', 'ar-EG'], ['Lagos, Nigeria', 'en-NG'], ['Nairobi, Kenya', 'en-KE'],
  ['Cape Town, South Africa', 'en-ZA'], ['Dubai, United Arab Emirates', 'en-AE'], ['Mumbai, India', 'en-IN'],
  ['Bengaluru, India', 'en-IN'], ['Singapore, Singapore', 'en-SG'], ['Tokyo, Japan', 'ja-JP'],
  ['Osaka, Japan', 'ja-JP'], ['Seoul, South Korea', 'ko-KR'], ['Sydney, Australia', 'en-AU'],
  ['Melbourne, Australia', 'en-AU'], ['Auckland, New Zealand', 'en-NZ'],
] as const;

/** Mailbox providers for customers without a company (sole traders, shoppers). */
export const personalEmailDomains = ['mail.example', 'inbox.example', 'post.example', 'letterbox.example'] as const;

/** The demo support team's own domain. */
export const agentEmailDomain = 'lantern.example';

export const plans = ['Starter', 'Growth', 'Pro', 'Enterprise'] as const;
export const signupSources = ['organic-search', 'referral', 'paid-ads', 'partner', 'trade-show', 'app-marketplace'] as const;
