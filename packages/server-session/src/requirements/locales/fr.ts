import type { Catalog } from './en.js';

/** Français. */
export const fr: Catalog = {
  'step.business.title': 'Votre activité',
  'step.business.description': 'Dites-nous quel type d’activité vous exercez et ce que vous vendez.',
  'step.company.title': 'Informations sur l’entreprise',
  'step.company.description': 'Les informations légales de l’entreprise, telles qu’enregistrées.',
  'step.personal.title': 'Informations personnelles',
  'step.personal.description': 'À propos de vous, le titulaire du compte.',
  'step.persons.title': 'Personnes',
  'step.persons.description': 'Les personnes qui détiennent, dirigent et représentent l’entreprise.',
  'step.payouts.title': 'Virements',
  'step.payouts.description': 'Le compte bancaire sur lequel vos revenus sont versés.',
  'step.terms.title': 'Conditions d’utilisation',
  'step.terms.description': 'Lisez et acceptez le contrat de services.',

  'label.business_type': 'Type d’activité',
  'option.business_type.individual': 'Particulier ou entrepreneur individuel',
  'option.business_type.company': 'Société',
  'option.business_type.non_profit': 'Organisation à but non lucratif',
  'label.business_profile.mcc': 'Secteur d’activité',
  'help.business_profile.mcc': 'La catégorie qui décrit le mieux ce que vous vendez.',
  'label.business_profile.url': 'Site web de l’entreprise',
  'help.business_profile.url':
    'Votre site web, ou une page de réseau social où vos clients peuvent découvrir votre activité.',
  'placeholder.business_profile.url': 'https://exemple.fr',
  'label.business_profile.product_description': 'Description des produits',
  'help.business_profile.product_description':
    'Ce que vous vendez, à qui, et quand vous débitez vos clients (au moins 10 caractères).',
  'label.settings.payments.statement_descriptor': 'Libellé de relevé bancaire',
  'help.settings.payments.statement_descriptor':
    'Affiché sur les relevés de carte de vos clients : 5 à 22 caractères, proche du nom de votre entreprise.',
  'placeholder.settings.payments.statement_descriptor': 'BOULANGERIE MARTIN',

  'label.company.name': 'Raison sociale',
  'label.company.name_kana': 'Raison sociale (kana)',
  'label.company.name_kanji': 'Raison sociale (kanji)',
  'label.company.phone': 'Téléphone de l’entreprise',
  'label.company.address': 'Adresse du siège social',
  'label.company.address_kana': 'Adresse du siège social (kana)',
  'label.company.address_kanji': 'Adresse du siège social (kanji)',
  'label.company.tax_id': 'Numéro d’identification fiscale de l’entreprise',
  'help.company.tax_id':
    'Sert à vérifier votre entreprise. Seuls les 4 derniers caractères seront affichés ensuite.',
  'label.company.tax_id.US': 'Numéro d’identification d’employeur (EIN)',
  'label.company.tax_id.CA': 'Numéro d’entreprise (NE)',
  'label.company.tax_id.GB': 'Numéro d’immatriculation (CRN)',
  'label.company.tax_id.DE': 'Numéro du registre du commerce ou numéro fiscal',
  'label.company.tax_id.FR': 'Numéro SIREN',
  'label.company.tax_id.IE': 'Numéro d’entreprise CRO',
  'label.company.tax_id.NL': 'Numéro KvK',
  'label.company.tax_id.ES': 'Numéro fiscal (NIF/CIF)',
  'label.company.tax_id.IT': 'Numéro de TVA (Partita IVA)',
  'label.company.tax_id.AU': 'Numéro d’entreprise australien (ABN)',
  'label.company.tax_id.NZ': 'Numéro d’entreprise néo-zélandais (NZBN)',
  'label.company.tax_id.JP': 'Numéro d’entreprise (hōjin bangō)',
  'label.company.tax_id.SG': 'Numéro d’entité unique (UEN)',
  'label.company.tax_id.BR': 'CNPJ',
  'label.company.tax_id.MX': 'RFC',
  'label.company.tax_id.IN': 'PAN de l’entreprise',
  'label.company.registration_number': 'Numéro d’immatriculation',
  'label.company.registration_number.AU': 'Numéro de société australien (ACN)',
  'label.company.registration_number.IN': 'Numéro d’identification de société (CIN) ou LLPIN',
  'label.company.pan': 'Numéro de compte permanent (PAN)',
  'label.company.business_cross_border_transaction_classifications': 'Où vendez-vous ?',
  'option.cross_border.domestic': 'Uniquement en Inde',
  'option.cross_border.cross_border': 'En Inde et à l’étranger',
  'label.company.owners_provided': 'Je confirme que tous les propriétaires sont indiqués.',
  'label.company.directors_provided': 'Je confirme que tous les administrateurs sont indiqués.',
  'label.company.executives_provided': 'Je confirme que tous les dirigeants sont indiqués.',
  'label.company.verification.document': 'Justificatif de l’entreprise',
  'help.company.verification.document':
    'Un courrier de l’administration fiscale ou du registre du commerce indiquant la raison sociale et le numéro fiscal (PDF, JPEG ou PNG, 10 Mo maximum).',

  'label.first_name': 'Prénom',
  'label.last_name': 'Nom',
  'label.first_name_kana': 'Prénom (kana)',
  'label.first_name_kanji': 'Prénom (kanji)',
  'label.last_name_kana': 'Nom (kana)',
  'label.last_name_kanji': 'Nom (kanji)',
  'label.full_name_aliases': 'Autres noms',
  'help.full_name_aliases':
    'Tout autre nom sous lequel cette personne est connue, tel qu’il figure sur ses documents officiels.',
  'label.dob': 'Date de naissance',
  'help.dob.adult': 'Le représentant doit avoir au moins 18 ans.',
  'label.email': 'E-mail',
  'placeholder.email': 'marie.dupont@exemple.fr',
  'label.phone': 'Numéro de téléphone',
  'label.address': 'Adresse du domicile',
  'label.address_kana': 'Adresse du domicile (kana)',
  'label.address_kanji': 'Adresse du domicile (kanji)',
  'label.nationality': 'Nationalité',
  'label.political_exposure': 'Personne politiquement exposée',
  'help.political_exposure':
    'Indique si cette personne exerce ou a exercé une fonction publique importante, ou si elle est proche d’une personne qui en exerce une.',
  'option.political_exposure.none': 'Non',
  'option.political_exposure.existing': 'Oui',
  'label.ssn_last_4': 'Les 4 derniers chiffres du numéro de sécurité sociale (SSN)',
  'label.id_number': 'Numéro d’identification personnel',
  'label.id_number.US': 'Numéro de sécurité sociale (SSN)',
  'label.id_number.CA': 'Numéro d’assurance sociale (NAS)',
  'label.id_number.GB': 'Référence fiscale unique (UTR)',
  'label.id_number.ES': 'DNI ou NIE',
  'label.id_number.IE': 'Numéro PPS',
  'label.id_number.NZ': 'Numéro IRD',
  'label.id_number.SG': 'NRIC ou FIN',
  'label.id_number.BR': 'CPF',
  'label.id_number.MX': 'RFC',
  'label.id_number.IN': 'PAN',
  'help.id_number': 'Sert à vérifier l’identité. Seuls les 4 derniers caractères seront affichés ensuite.',
  'label.verification.document': 'Pièce d’identité',
  'help.verification.document':
    'Une photo d’un passeport, d’une carte d’identité ou d’un permis de conduire (PDF, JPEG ou PNG, 10 Mo maximum).',
  'label.verification.additional_document': 'Justificatif de domicile',
  'help.verification.additional_document':
    'Une facture ou un relevé bancaire de moins de 6 mois sur lequel figure l’adresse.',
  'label.relationship.title': 'Fonction',
  'placeholder.relationship.title': 'Président',
  'label.relationship.executive':
    'Cette personne est un dirigeant ayant une responsabilité importante dans la gestion de l’entreprise.',
  'label.relationship.percent_ownership': 'Participation (%)',

  'label.representative': 'Représentant',
  'help.representative':
    'La personne habilitée à agir au nom de l’entreprise, comme un administrateur ou un cadre dirigeant.',
  'label.owners': 'Propriétaires',
  'help.owners.at_least': 'Toute personne qui détient {percent} % ou plus de l’entreprise.',
  'help.owners.more_than': 'Toute personne qui détient plus de {percent} % de l’entreprise.',
  'help.owners.fallback':
    'Toute personne qui détient plus de {percent} % de l’entreprise ; à défaut, toute personne qui en détient plus de {fallback} %.',
  'label.directors': 'Administrateurs',
  'help.directors': 'Chaque membre du conseil d’administration.',
  'label.executives': 'Dirigeants',
  'help.executives':
    'Toute personne ayant une responsabilité importante dans le contrôle, la gestion ou la direction de l’entreprise.',

  'label.external_account': 'Compte bancaire',
  'help.external_account':
    'Vos virements sont envoyés sur ce compte, qui doit être au nom de l’entreprise ou du titulaire du compte.',
  'bank.routing.US': 'Numéro de routage (routing number)',
  'bank.routing.CA': 'Numéro de transit et d’institution',
  'bank.routing.GB': 'Code guichet (sort code)',
  'bank.routing.AU': 'BSB',
  'bank.routing.NZ': 'Numéro de banque et d’agence',
  'bank.routing.JP': 'Code de la banque et de l’agence',
  'bank.routing.SG': 'Code de la banque et de l’agence',
  'bank.routing.BR': 'Code de la banque et de l’agence',
  'bank.routing.IN': 'IFSC',
  'bank.account': 'Numéro de compte',
  'bank.account.MX': 'CLABE',
  'bank.account.iban': 'IBAN',

  'label.tos_acceptance.full': 'J’accepte le contrat de services.',
  'label.tos_acceptance.recipient': 'J’accepte le contrat de services destinataire.',
  'help.tos_acceptance':
    'Nous enregistrons la date, votre adresse IP et votre navigateur lors de l’acceptation.',

  'field_error.required': 'Ce champ est obligatoire.',
  'field_error.invalid_type': 'Cette valeur n’est pas du bon type.',
  'field_error.too_short': 'Saisissez au moins {limit} caractères.',
  'field_error.too_long': 'Saisissez au plus {limit} caractères.',
  'field_error.pattern_mismatch': 'Cette valeur n’a pas le format attendu.',
  'field_error.invalid_format': 'Cette valeur n’est pas valide.',
  'field_error.invalid_option': 'Choisissez l’une des options proposées.',
  'field_error.too_small': 'Saisissez {limit} ou plus.',
  'field_error.too_big': 'Saisissez {limit} ou moins.',
  'field_error.invalid_date': 'Saisissez une date réelle au format AAAA-MM-JJ.',
  'field_error.invalid_dob_age_under_minimum': 'La personne doit avoir au moins {limit} ans.',
  'field_error.invalid_dob_age_over_maximum': 'La personne doit avoir au plus {limit} ans.',
  'field_error.must_be_true': 'Confirmez pour continuer.',
  'field_error.tos_not_accepted': 'Acceptez les conditions d’utilisation pour continuer.',
  'field_error.invalid_file': 'Téléversez à nouveau le fichier.',
  'field_error.too_few_items': 'Ajoutez-en au moins {limit}.',
  'field_error.too_many_items': 'Ajoutez-en au plus {limit}.',
  'field_error.ownership_over_100': 'Le total des participations ne peut pas dépasser 100 %.',
  'field_error.unknown_field': 'Ce compte ne peut pas renseigner ce champ.',

  'reason.verification_failed_keyed_identity':
    'Les informations d’identité saisies n’ont pas pu être vérifiées. Corrigez les erreurs ou téléversez un document correspondant à ces informations.',
  'reason.verification_failed_other':
    'La vérification a échoué pour une raison inconnue. Corrigez les erreurs et envoyez à nouveau les champs demandés.',
  'reason.invalid_address_city_state_postal_code':
    'La combinaison de la ville, de la région et du code postal de l’adresse n’a pas pu être validée.',
  'reason.invalid_street_address': 'Le nom ou le numéro de rue de l’adresse n’a pas pu être validé.',
  'reason.verification_failed_tax_id_match':
    'Le numéro fiscal du compte n’a pas pu être vérifié. Corrigez la raison sociale ou le numéro fiscal, ou téléversez un document qui les indique.',
  'reason.verification_failed_tax_id_not_issued':
    'Le numéro fiscal du compte n’a pas été reconnu. Corrigez-le ou téléversez un document prouvant qu’il a été attribué.',
  'reason.verification_failed_name_match':
    'La raison sociale du compte n’a pas pu être vérifiée. Corrigez-la ou téléversez un document qui l’indique.',
  'reason.verification_failed_keyed_match':
    'Les informations saisies n’ont pas pu être vérifiées. Corrigez la raison sociale, le numéro d’identification ou l’adresse.',
  'reason.invalid_company_name_denylisted':
    'Les noms d’entreprise génériques ou connus ne sont pas acceptés.',
  'reason.verification_directors_mismatch':
    'Les administrateurs du compte ne correspondent pas aux registres officiels. Mettez-les à jour et confirmez-les à nouveau.',
  'reason.verification_missing_directors':
    'Certains administrateurs de votre entreprise n’ont pas été ajoutés au compte. Ajoutez-les.',
  'reason.verification_extraneous_directors':
    'Des administrateurs en trop ont été ajoutés au compte. Retirez-les et confirmez à nouveau les administrateurs.',
  'reason.verification_document_failed_test_mode':
    'Un fichier de test a été fourni pour simuler un échec de vérification. Téléversez un autre document.',
  'reason.invalid_url_denylisted': 'Les URL génériques ne sont pas acceptées.',
  'reason.invalid_url_website_inaccessible_geoblocked':
    'Votre site web semble bloqué dans certaines régions.',
  'reason.invalid_url_website_other':
    'Nous n’avons pas pu vérifier votre entreprise à partir de cette URL. Vérifiez-la ou indiquez-en une autre.',
  'reason.invalid_url_website_incomplete':
    'Il semble manquer des informations obligatoires sur votre site web.',
  'reason.invalid_url_website_business_information_mismatch':
    'Les informations de votre site web doivent correspondre à celles que vous avez fournies.',
  'reason.invalid_url_website_inaccessible_password_protected':
    'Votre site web semble protégé par un mot de passe.',
  'reason.invalid_url_website_incomplete_under_construction':
    'Votre site web semble incomplet ou en construction.',
  'reason.invalid_url_website_inaccessible':
    'Cette URL est inaccessible. Vérifiez qu’elle est disponible et correctement saisie, ou indiquez-en une autre.',
  'reason.invalid_url_web_presence_detected':
    'Comme vous vendez via un site web, une application, un réseau social ou un profil en ligne, vous devez indiquer l’URL de votre entreprise.',
  'reason.invalid_statement_descriptor_business_mismatch':
    'Le libellé de relevé doit ressembler au nom de votre entreprise, à sa raison sociale ou à son URL.',
  'reason.invalid_statement_descriptor_denylisted':
    'Les libellés de relevé génériques ou connus ne sont pas acceptés.',
  'reason.invalid_value_other': 'La valeur fournie pour ce champ n’est pas valide.',
  'reason.payout.no_account':
    'Aucun compte bancaire ne correspond à ces coordonnées. Vérifiez-les ou ajoutez un autre compte.',
  'reason.payout.account_closed': 'Ce compte bancaire a été clôturé. Ajoutez un autre compte.',
  'reason.payout.insufficient_funds':
    'Ce compte bancaire ne peut pas couvrir un virement retourné. Ajoutez un autre compte.',
  'reason.payout.debit_not_authorized':
    'Ce compte bancaire n’accepte pas les prélèvements. Ajoutez un autre compte.',
  'reason.payout.invalid_currency':
    'Ce compte bancaire ne peut pas recevoir cette devise. Ajoutez un autre compte.',
};
