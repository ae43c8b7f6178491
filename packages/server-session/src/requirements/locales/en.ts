/**
 * English: the source catalog. Its keys are the message ids every other
 * locale must translate (a missing one is a type error there). `{name}`
 * marks a value filled in at run time.
 */
export const en = {
  // Steps
  'step.business.title': 'Your business',
  'step.business.description': 'Tell us what kind of business you run and what you sell.',
  'step.company.title': 'Company details',
  'step.company.description': 'The legal details of the business, as registered.',
  'step.personal.title': 'Personal details',
  'step.personal.description': 'About you, the account holder.',
  'step.persons.title': 'People',
  'step.persons.description': 'The people who own, manage and represent the business.',
  'step.payouts.title': 'Payouts',
  'step.payouts.description': 'The bank account your earnings are paid out to.',
  'step.terms.title': 'Terms of service',
  'step.terms.description': 'Review and accept the services agreement.',

  // Business type and profile
  'label.business_type': 'Business type',
  'option.business_type.individual': 'Individual or sole proprietor',
  'option.business_type.company': 'Company',
  'option.business_type.non_profit': 'Non-profit organization',
  'label.business_profile.mcc': 'Industry',
  'help.business_profile.mcc': 'The category that best describes what you sell.',
  'label.business_profile.url': 'Business website',
  'help.business_profile.url':
    'Your website, or a social media page where customers can learn about your business.',
  'placeholder.business_profile.url': 'https://example.com',
  'label.business_profile.product_description': 'Product description',
  'help.business_profile.product_description':
    'What you sell, to whom, and when you charge your customers (at least 10 characters).',
  'label.settings.payments.statement_descriptor': 'Statement descriptor',
  'help.settings.payments.statement_descriptor':
    "Shown on your customers' card statements: 5 to 22 characters, close to your business name.",
  'placeholder.settings.payments.statement_descriptor': 'ROCKET RIDES',

  // Company
  'label.company.name': 'Legal business name',
  'label.company.name_kana': 'Legal business name (kana)',
  'label.company.name_kanji': 'Legal business name (kanji)',
  'label.company.phone': 'Business phone number',
  'label.company.address': 'Registered business address',
  'label.company.address_kana': 'Registered business address (kana)',
  'label.company.address_kanji': 'Registered business address (kanji)',
  'label.company.tax_id': 'Company tax ID',
  'help.company.tax_id': 'Used to verify your business. Only the last 4 characters are shown afterwards.',
  'label.company.tax_id.US': 'Employer Identification Number (EIN)',
  'label.company.tax_id.CA': 'Business Number (BN)',
  'label.company.tax_id.GB': 'Company registration number (CRN)',
  'label.company.tax_id.DE': 'Commercial register number or tax number',
  'label.company.tax_id.FR': 'SIREN number',
  'label.company.tax_id.IE': 'CRO company number',
  'label.company.tax_id.NL': 'KvK number',
  'label.company.tax_id.ES': 'Tax ID (NIF/CIF)',
  'label.company.tax_id.IT': 'VAT number (Partita IVA)',
  'label.company.tax_id.AU': 'Australian Business Number (ABN)',
  'label.company.tax_id.NZ': 'New Zealand Business Number (NZBN)',
  'label.company.tax_id.JP': 'Corporate number',
  'label.company.tax_id.SG': 'Unique Entity Number (UEN)',
  'label.company.tax_id.BR': 'CNPJ',
  'label.company.tax_id.MX': 'RFC',
  'label.company.tax_id.IN': 'Company PAN',
  'label.company.registration_number': 'Company registration number',
  'label.company.registration_number.AU': 'Australian Company Number (ACN)',
  'label.company.registration_number.IN': 'Corporate Identification Number (CIN) or LLPIN',
  'label.company.pan': 'Permanent Account Number (PAN)',
  'label.company.business_cross_border_transaction_classifications': 'Where do you sell?',
  'option.cross_border.domestic': 'Only within India',
  'option.cross_border.cross_border': 'In India and abroad',
  'label.company.owners_provided': 'I confirm that every owner is listed.',
  'label.company.directors_provided': 'I confirm that every director is listed.',
  'label.company.executives_provided': 'I confirm that every executive is listed.',
  'label.company.verification.document': 'Company verification document',
  'help.company.verification.document':
    "A letter from the tax authority or company register showing the business's legal name and tax ID (PDF, JPEG or PNG, up to 10 MB).",

  // People: the account holder and the persons of a company
  'label.first_name': 'First name',
  'label.last_name': 'Last name',
  'label.first_name_kana': 'First name (kana)',
  'label.first_name_kanji': 'First name (kanji)',
  'label.last_name_kana': 'Last name (kana)',
  'label.last_name_kanji': 'Last name (kanji)',
  'label.full_name_aliases': 'Other names',
  'help.full_name_aliases': 'Any other names this person is known by, as on official documents.',
  'label.dob': 'Date of birth',
  'help.dob.adult': 'The representative must be at least 18 years old.',
  'label.email': 'Email',
  'placeholder.email': 'jenny.rosen@example.com',
  'label.phone': 'Phone number',
  'label.address': 'Home address',
  'label.address_kana': 'Home address (kana)',
  'label.address_kanji': 'Home address (kanji)',
  'label.nationality': 'Nationality',
  'label.political_exposure': 'Politically exposed person',
  'help.political_exposure':
    'Whether this person holds or has held a prominent public function, or is close to someone who does.',
  'option.political_exposure.none': 'No',
  'option.political_exposure.existing': 'Yes',
  'label.ssn_last_4': 'Last 4 digits of Social Security number',
  'label.id_number': 'Personal ID number',
  'label.id_number.US': 'Social Security number (SSN)',
  'label.id_number.CA': 'Social Insurance Number (SIN)',
  'label.id_number.GB': 'Unique Taxpayer Reference (UTR)',
  'label.id_number.ES': 'DNI or NIE',
  'label.id_number.IE': 'PPS number',
  'label.id_number.NZ': 'IRD number',
  'label.id_number.SG': 'NRIC or FIN',
  'label.id_number.BR': 'CPF',
  'label.id_number.MX': 'RFC',
  'label.id_number.IN': 'PAN',
  'help.id_number': 'Used to verify identity. Only the last 4 characters are shown afterwards.',
  'label.verification.document': 'Identity document',
  'help.verification.document':
    'A photo of a passport, ID card or driving licence (PDF, JPEG or PNG, up to 10 MB).',
  'label.verification.additional_document': 'Proof of address',
  'help.verification.additional_document':
    'A utility bill or bank statement from the last 6 months that shows the address.',
  'label.relationship.title': 'Job title',
  'placeholder.relationship.title': 'CEO',
  'label.relationship.executive':
    'This person is an executive with significant responsibility for managing the business.',
  'label.relationship.percent_ownership': 'Ownership (%)',

  // Lists of persons
  'label.representative': 'Representative',
  'help.representative':
    'The person who can legally act for the business, such as a director or senior executive.',
  'label.owners': 'Owners',
  'help.owners.at_least': 'Everyone who owns {percent}% or more of the business.',
  'help.owners.more_than': 'Everyone who owns more than {percent}% of the business.',
  'help.owners.fallback':
    'Everyone who owns more than {percent}% of the business; if nobody does, everyone who owns more than {fallback}%.',
  'label.directors': 'Directors',
  'help.directors': 'Every member of the board of directors.',
  'label.executives': 'Executives',
  'help.executives': 'Everyone with significant responsibility to control, manage or direct the business.',

  // Payouts
  'label.external_account': 'Bank account',
  'help.external_account':
    'Payouts are sent here. The account must be in the name of the business or the account holder.',
  'bank.routing.US': 'Routing number',
  'bank.routing.CA': 'Transit and institution number',
  'bank.routing.GB': 'Sort code',
  'bank.routing.AU': 'BSB',
  'bank.routing.NZ': 'Bank and branch number',
  'bank.routing.JP': 'Bank code and branch code',
  'bank.routing.SG': 'Bank code and branch code',
  'bank.routing.BR': 'Bank code and branch',
  'bank.routing.IN': 'IFSC',
  'bank.account': 'Account number',
  'bank.account.MX': 'CLABE',
  'bank.account.iban': 'IBAN',

  // Terms of service
  'label.tos_acceptance.full': 'I accept the services agreement.',
  'label.tos_acceptance.recipient': 'I accept the recipient services agreement.',
  'help.tos_acceptance': 'We record the date, your IP address and your browser when you accept.',

  // Field validation errors (`fieldErrorCodes` of @onboardkit/schema)
  'field_error.required': 'This field is required.',
  'field_error.invalid_type': 'This value has the wrong type.',
  'field_error.too_short': 'Enter at least {limit} characters.',
  'field_error.too_long': 'Enter at most {limit} characters.',
  'field_error.pattern_mismatch': 'This value is not in the expected format.',
  'field_error.invalid_format': 'This value is not valid.',
  'field_error.invalid_option': 'Choose one of the listed options.',
  'field_error.too_small': 'Enter {limit} or more.',
  'field_error.too_big': 'Enter {limit} or less.',
  'field_error.invalid_date': 'Enter a real date as YYYY-MM-DD.',
  'field_error.invalid_dob_age_under_minimum': 'The person must be at least {limit} years old.',
  'field_error.invalid_dob_age_over_maximum': 'The person must be at most {limit} years old.',
  'field_error.must_be_true': 'Confirm this to continue.',
  'field_error.tos_not_accepted': 'Accept the terms of service to continue.',
  'field_error.invalid_file': 'Upload the file again.',
  'field_error.too_few_items': 'Add at least {limit}.',
  'field_error.too_many_items': 'Add at most {limit}.',
  'field_error.ownership_over_100': 'Ownership cannot add up to more than 100%.',
  'field_error.unknown_field': 'This is not a field this account can provide.',

  // Requirement errors from verification (Stripe's descriptions, reference §5)
  'reason.verification_failed_keyed_identity':
    "The person's keyed-in identity information could not be verified. Correct any errors or upload a document that matches the identity fields.",
  'reason.verification_failed_other':
    'Verification failed for an unknown reason. Correct any errors and resubmit the required fields.',
  'reason.invalid_address_city_state_postal_code':
    'The combination of the city, state, and postal code in the provided address could not be validated.',
  'reason.invalid_street_address':
    'The street name and/or number for the provided address could not be validated.',
  'reason.verification_failed_tax_id_match':
    'The tax ID on the account cannot be verified. Correct any errors in the company name or tax ID, or upload a document that contains them.',
  'reason.verification_failed_tax_id_not_issued':
    'The tax ID on the account was not recognized. Correct it, or upload a document that shows it was issued.',
  'reason.verification_failed_name_match':
    'The company name on the account could not be verified. Correct any errors in the company name or upload a document that includes it.',
  'reason.verification_failed_keyed_match':
    'The keyed-in information on the account could not be verified. Correct any errors in the company name, ID number, or address.',
  'reason.invalid_company_name_denylisted': 'Generic or well-known business names aren’t supported.',
  'reason.verification_directors_mismatch':
    'Directors on the account don’t match government records. Update the directors and confirm them again.',
  'reason.verification_missing_directors':
    'Your business has directors that have not been added to the account. Add the missing directors.',
  'reason.verification_extraneous_directors':
    'Extraneous directors have been added to the account. Remove them and confirm the directors again.',
  'reason.verification_document_failed_test_mode':
    'A test file was supplied to simulate a verification failure. Upload another document.',
  'reason.invalid_url_denylisted': 'Generic business URLs aren’t supported.',
  'reason.invalid_url_website_inaccessible_geoblocked': 'Your website appears to be geographically blocked.',
  'reason.invalid_url_website_other':
    'We weren’t able to verify your business using the URL you provided. Make sure it’s entered correctly or provide another URL.',
  'reason.invalid_url_website_incomplete': 'Your website seems to be missing some required information.',
  'reason.invalid_url_website_business_information_mismatch':
    'The business information on your website must match the details you provided.',
  'reason.invalid_url_website_inaccessible_password_protected':
    'Your website appears to be password protected.',
  'reason.invalid_url_website_incomplete_under_construction':
    'Your website appears to be incomplete or under construction.',
  'reason.invalid_url_website_inaccessible':
    'This URL couldn’t be reached. Make sure it’s available and entered correctly or provide another.',
  'reason.invalid_url_web_presence_detected':
    'Because you use a website, app, social media page, or online profile to sell, you must provide a URL for your business.',
  'reason.invalid_statement_descriptor_business_mismatch':
    'The statement descriptor must be similar to your business name, legal entity name, or URL.',
  'reason.invalid_statement_descriptor_denylisted':
    'Generic or well-known statement descriptors aren’t supported.',
  'reason.invalid_value_other': 'An invalid value was provided for this field.',
  'reason.payout.no_account': 'No bank account exists with these details. Check them or add another account.',
  'reason.payout.account_closed': 'This bank account has been closed. Add another account.',
  'reason.payout.insufficient_funds':
    'This bank account cannot cover a returned payout. Add another account.',
  'reason.payout.debit_not_authorized': 'This bank account does not accept debits. Add another account.',
  'reason.payout.invalid_currency': 'This bank account cannot receive this currency. Add another account.',
} as const;

/** The id of a message every locale translates. */
export type MessageId = keyof typeof en;

/** A complete translation: every message id, each a string. */
export type Catalog = Readonly<Record<MessageId, string>>;
