import type { Catalog } from './en.js';

/** Deutsch. */
export const de: Catalog = {
  'step.business.title': 'Ihr Unternehmen',
  'step.business.description': 'Sagen Sie uns, welche Art von Unternehmen Sie führen und was Sie verkaufen.',
  'step.company.title': 'Angaben zum Unternehmen',
  'step.company.description': 'Die rechtlichen Angaben zum Unternehmen, wie eingetragen.',
  'step.personal.title': 'Persönliche Angaben',
  'step.personal.description': 'Angaben zu Ihnen als Kontoinhaber.',
  'step.persons.title': 'Personen',
  'step.persons.description': 'Die Personen, denen das Unternehmen gehört und die es leiten und vertreten.',
  'step.payouts.title': 'Auszahlungen',
  'step.payouts.description': 'Das Bankkonto, auf das Ihre Einnahmen ausgezahlt werden.',
  'step.terms.title': 'Nutzungsbedingungen',
  'step.terms.description': 'Lesen und akzeptieren Sie die Dienstleistungsvereinbarung.',

  'label.business_type': 'Unternehmensform',
  'option.business_type.individual': 'Privatperson oder Einzelunternehmen',
  'option.business_type.company': 'Kapital- oder Personengesellschaft',
  'option.business_type.non_profit': 'Gemeinnützige Organisation',
  'label.business_profile.mcc': 'Branche',
  'help.business_profile.mcc': 'Die Kategorie, die am besten beschreibt, was Sie verkaufen.',
  'label.business_profile.url': 'Website des Unternehmens',
  'help.business_profile.url':
    'Ihre Website oder eine Social-Media-Seite, auf der Kunden mehr über Ihr Unternehmen erfahren.',
  'placeholder.business_profile.url': 'https://beispiel.de',
  'label.business_profile.product_description': 'Produktbeschreibung',
  'help.business_profile.product_description':
    'Was Sie an wen verkaufen und wann Sie Ihre Kunden belasten (mindestens 10 Zeichen).',
  'label.settings.payments.statement_descriptor': 'Abrechnungstext',
  'help.settings.payments.statement_descriptor':
    'Erscheint auf den Kartenabrechnungen Ihrer Kunden: 5 bis 22 Zeichen, nah an Ihrem Firmennamen.',
  'placeholder.settings.payments.statement_descriptor': 'BAECKEREI MUELLER',

  'label.company.name': 'Eingetragener Firmenname',
  'label.company.name_kana': 'Eingetragener Firmenname (Kana)',
  'label.company.name_kanji': 'Eingetragener Firmenname (Kanji)',
  'label.company.phone': 'Telefonnummer des Unternehmens',
  'label.company.address': 'Eingetragene Geschäftsadresse',
  'label.company.address_kana': 'Eingetragene Geschäftsadresse (Kana)',
  'label.company.address_kanji': 'Eingetragene Geschäftsadresse (Kanji)',
  'label.company.tax_id': 'Steuernummer des Unternehmens',
  'help.company.tax_id':
    'Dient zur Verifizierung Ihres Unternehmens. Danach werden nur die letzten 4 Zeichen angezeigt.',
  'label.company.tax_id.US': 'Arbeitgeber-Identifikationsnummer (EIN)',
  'label.company.tax_id.CA': 'Kanadische Unternehmensnummer (BN)',
  'label.company.tax_id.GB': 'Handelsregisternummer (CRN)',
  'label.company.tax_id.DE': 'Handelsregisternummer oder Steuernummer',
  'label.company.tax_id.FR': 'SIREN-Nummer',
  'label.company.tax_id.IE': 'CRO-Unternehmensnummer',
  'label.company.tax_id.NL': 'KvK-Nummer',
  'label.company.tax_id.ES': 'Steuernummer (NIF/CIF)',
  'label.company.tax_id.IT': 'Umsatzsteuer-Identifikationsnummer (Partita IVA)',
  'label.company.tax_id.AU': 'Australische Unternehmensnummer (ABN)',
  'label.company.tax_id.NZ': 'Neuseeländische Unternehmensnummer (NZBN)',
  'label.company.tax_id.JP': 'Unternehmensnummer (Hōjin Bangō)',
  'label.company.tax_id.SG': 'Singapurische Unternehmenskennung (UEN)',
  'label.company.tax_id.BR': 'CNPJ',
  'label.company.tax_id.MX': 'RFC',
  'label.company.tax_id.IN': 'PAN des Unternehmens',
  'label.company.registration_number': 'Handelsregisternummer',
  'label.company.registration_number.AU': 'Australische Gesellschaftsnummer (ACN)',
  'label.company.registration_number.IN': 'Corporate Identification Number (CIN) oder LLPIN',
  'label.company.pan': 'Indische Steuerkontonummer (PAN)',
  'label.company.business_cross_border_transaction_classifications': 'Wo verkaufen Sie?',
  'option.cross_border.domestic': 'Nur innerhalb Indiens',
  'option.cross_border.cross_border': 'In Indien und im Ausland',
  'label.company.owners_provided': 'Ich bestätige, dass alle Eigentümer angegeben sind.',
  'label.company.directors_provided':
    'Ich bestätige, dass alle Mitglieder des Leitungsorgans angegeben sind.',
  'label.company.executives_provided': 'Ich bestätige, dass alle Führungskräfte angegeben sind.',
  'label.company.verification.document': 'Nachweis für das Unternehmen',
  'help.company.verification.document':
    'Ein Schreiben des Finanzamts oder des Handelsregisters mit Firmennamen und Steuernummer (PDF, JPEG oder PNG, höchstens 10 MB).',

  'label.first_name': 'Vorname',
  'label.last_name': 'Nachname',
  'label.first_name_kana': 'Vorname (Kana)',
  'label.first_name_kanji': 'Vorname (Kanji)',
  'label.last_name_kana': 'Nachname (Kana)',
  'label.last_name_kanji': 'Nachname (Kanji)',
  'label.full_name_aliases': 'Weitere Namen',
  'help.full_name_aliases':
    'Andere Namen, unter denen diese Person bekannt ist, wie in amtlichen Dokumenten.',
  'label.dob': 'Geburtsdatum',
  'help.dob.adult': 'Der Vertreter muss mindestens 18 Jahre alt sein.',
  'label.email': 'E-Mail',
  'placeholder.email': 'erika.mustermann@beispiel.de',
  'label.phone': 'Telefonnummer',
  'label.address': 'Wohnadresse',
  'label.address_kana': 'Wohnadresse (Kana)',
  'label.address_kanji': 'Wohnadresse (Kanji)',
  'label.nationality': 'Staatsangehörigkeit',
  'label.political_exposure': 'Politisch exponierte Person',
  'help.political_exposure':
    'Ob diese Person ein wichtiges öffentliches Amt ausübt oder ausgeübt hat oder einer solchen Person nahesteht.',
  'option.political_exposure.none': 'Nein',
  'option.political_exposure.existing': 'Ja',
  'label.ssn_last_4': 'Letzte 4 Ziffern der Sozialversicherungsnummer (SSN)',
  'label.id_number': 'Persönliche Identifikationsnummer',
  'label.id_number.US': 'Sozialversicherungsnummer (SSN)',
  'label.id_number.CA': 'Sozialversicherungsnummer (SIN)',
  'label.id_number.GB': 'Steuerreferenznummer (UTR)',
  'label.id_number.ES': 'DNI oder NIE',
  'label.id_number.IE': 'PPS-Nummer',
  'label.id_number.NZ': 'IRD-Nummer',
  'label.id_number.SG': 'NRIC oder FIN',
  'label.id_number.BR': 'CPF',
  'label.id_number.MX': 'RFC',
  'label.id_number.IN': 'PAN',
  'help.id_number': 'Dient zur Identitätsprüfung. Danach werden nur die letzten 4 Zeichen angezeigt.',
  'label.verification.document': 'Ausweisdokument',
  'help.verification.document':
    'Ein Foto eines Reisepasses, Personalausweises oder Führerscheins (PDF, JPEG oder PNG, höchstens 10 MB).',
  'label.verification.additional_document': 'Adressnachweis',
  'help.verification.additional_document':
    'Eine Versorgerrechnung oder ein Kontoauszug der letzten 6 Monate, auf dem die Adresse steht.',
  'label.relationship.title': 'Position',
  'placeholder.relationship.title': 'Geschäftsführerin',
  'label.relationship.executive':
    'Diese Person ist eine Führungskraft mit maßgeblicher Verantwortung für die Leitung des Unternehmens.',
  'label.relationship.percent_ownership': 'Beteiligung (%)',

  'label.representative': 'Vertreter',
  'help.representative':
    'Die Person, die rechtlich für das Unternehmen handeln darf, etwa ein Geschäftsführer oder eine leitende Führungskraft.',
  'label.owners': 'Eigentümer',
  'help.owners.at_least': 'Alle, denen {percent} % oder mehr des Unternehmens gehören.',
  'help.owners.more_than': 'Alle, denen mehr als {percent} % des Unternehmens gehören.',
  'help.owners.fallback':
    'Alle, denen mehr als {percent} % des Unternehmens gehören; falls niemand, alle mit mehr als {fallback} %.',
  'label.directors': 'Mitglieder des Leitungsorgans',
  'help.directors': 'Jedes Mitglied des Vorstands bzw. der Geschäftsleitung.',
  'label.executives': 'Führungskräfte',
  'help.executives':
    'Alle, die maßgeblich für die Kontrolle, Leitung oder Steuerung des Unternehmens verantwortlich sind.',

  'label.external_account': 'Bankkonto',
  'help.external_account':
    'Auszahlungen gehen auf dieses Konto. Es muss auf das Unternehmen oder den Kontoinhaber lauten.',
  'bank.routing.US': 'Routing Number',
  'bank.routing.CA': 'Transit- und Institutsnummer',
  'bank.routing.GB': 'Sort Code',
  'bank.routing.AU': 'BSB',
  'bank.routing.NZ': 'Bank- und Filialnummer',
  'bank.routing.JP': 'Bank- und Filialcode',
  'bank.routing.SG': 'Bank- und Filialcode',
  'bank.routing.BR': 'Bankcode und Filiale',
  'bank.routing.IN': 'IFSC',
  'bank.account': 'Kontonummer',
  'bank.account.MX': 'CLABE',
  'bank.account.iban': 'IBAN',

  'label.tos_acceptance.full': 'Ich akzeptiere die Dienstleistungsvereinbarung.',
  'label.tos_acceptance.recipient': 'Ich akzeptiere die Dienstleistungsvereinbarung für Empfänger.',
  'help.tos_acceptance': 'Wir speichern beim Akzeptieren das Datum, Ihre IP-Adresse und Ihren Browser.',

  'field_error.required': 'Dieses Feld ist erforderlich.',
  'field_error.invalid_type': 'Dieser Wert hat den falschen Typ.',
  'field_error.too_short': 'Geben Sie mindestens {limit} Zeichen ein.',
  'field_error.too_long': 'Geben Sie höchstens {limit} Zeichen ein.',
  'field_error.pattern_mismatch': 'Dieser Wert hat nicht das erwartete Format.',
  'field_error.invalid_format': 'Dieser Wert ist ungültig.',
  'field_error.invalid_option': 'Wählen Sie eine der angebotenen Optionen.',
  'field_error.too_small': 'Geben Sie {limit} oder mehr ein.',
  'field_error.too_big': 'Geben Sie {limit} oder weniger ein.',
  'field_error.invalid_date': 'Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.',
  'field_error.invalid_dob_age_under_minimum': 'Die Person muss mindestens {limit} Jahre alt sein.',
  'field_error.invalid_dob_age_over_maximum': 'Die Person darf höchstens {limit} Jahre alt sein.',
  'field_error.must_be_true': 'Bestätigen Sie dies, um fortzufahren.',
  'field_error.tos_not_accepted': 'Akzeptieren Sie die Nutzungsbedingungen, um fortzufahren.',
  'field_error.invalid_file': 'Laden Sie die Datei erneut hoch.',
  'field_error.too_few_items': 'Fügen Sie mindestens {limit} hinzu.',
  'field_error.too_many_items': 'Fügen Sie höchstens {limit} hinzu.',
  'field_error.ownership_over_100': 'Die Beteiligungen dürfen zusammen nicht mehr als 100 % ergeben.',
  'field_error.unknown_field': 'Dieses Feld kann für dieses Konto nicht angegeben werden.',

  'reason.verification_failed_keyed_identity':
    'Die eingegebenen Identitätsangaben konnten nicht verifiziert werden. Korrigieren Sie Fehler oder laden Sie ein Dokument hoch, das zu den Angaben passt.',
  'reason.verification_failed_other':
    'Die Verifizierung ist aus unbekanntem Grund fehlgeschlagen. Korrigieren Sie Fehler und senden Sie die angeforderten Felder erneut.',
  'reason.invalid_address_city_state_postal_code':
    'Die Kombination aus Ort, Bundesland und Postleitzahl der Adresse konnte nicht bestätigt werden.',
  'reason.invalid_street_address': 'Straße oder Hausnummer der Adresse konnten nicht bestätigt werden.',
  'reason.verification_failed_tax_id_match':
    'Die Steuernummer des Kontos konnte nicht verifiziert werden. Korrigieren Sie Firmennamen oder Steuernummer oder laden Sie ein Dokument hoch, das beide enthält.',
  'reason.verification_failed_tax_id_not_issued':
    'Die Steuernummer des Kontos wurde nicht erkannt. Korrigieren Sie sie oder laden Sie einen Nachweis ihrer Vergabe hoch.',
  'reason.verification_failed_name_match':
    'Der Firmenname des Kontos konnte nicht verifiziert werden. Korrigieren Sie ihn oder laden Sie ein Dokument hoch, das ihn enthält.',
  'reason.verification_failed_keyed_match':
    'Die eingegebenen Angaben konnten nicht verifiziert werden. Korrigieren Sie Firmennamen, Identifikationsnummer oder Adresse.',
  'reason.invalid_company_name_denylisted': 'Allgemeine oder bekannte Firmennamen werden nicht unterstützt.',
  'reason.verification_directors_mismatch':
    'Die Mitglieder des Leitungsorgans stimmen nicht mit dem Register überein. Aktualisieren Sie sie und bestätigen Sie sie erneut.',
  'reason.verification_missing_directors':
    'Ihr Unternehmen hat Mitglieder des Leitungsorgans, die dem Konto nicht hinzugefügt wurden. Fügen Sie sie hinzu.',
  'reason.verification_extraneous_directors':
    'Dem Konto wurden überzählige Mitglieder des Leitungsorgans hinzugefügt. Entfernen Sie sie und bestätigen Sie die Angaben erneut.',
  'reason.verification_document_failed_test_mode':
    'Eine Testdatei wurde verwendet, um einen Verifizierungsfehler zu simulieren. Laden Sie ein anderes Dokument hoch.',
  'reason.invalid_url_denylisted': 'Allgemeine URLs werden nicht unterstützt.',
  'reason.invalid_url_website_inaccessible_geoblocked': 'Ihre Website scheint regional gesperrt zu sein.',
  'reason.invalid_url_website_other':
    'Wir konnten Ihr Unternehmen anhand dieser URL nicht verifizieren. Prüfen Sie sie oder geben Sie eine andere an.',
  'reason.invalid_url_website_incomplete': 'Auf Ihrer Website scheinen erforderliche Angaben zu fehlen.',
  'reason.invalid_url_website_business_information_mismatch':
    'Die Unternehmensangaben auf Ihrer Website müssen mit Ihren Angaben übereinstimmen.',
  'reason.invalid_url_website_inaccessible_password_protected':
    'Ihre Website scheint passwortgeschützt zu sein.',
  'reason.invalid_url_website_incomplete_under_construction':
    'Ihre Website scheint unvollständig oder im Aufbau zu sein.',
  'reason.invalid_url_website_inaccessible':
    'Diese URL ist nicht erreichbar. Prüfen Sie, ob sie verfügbar und richtig eingegeben ist, oder geben Sie eine andere an.',
  'reason.invalid_url_web_presence_detected':
    'Da Sie über eine Website, App, Social-Media-Seite oder ein Online-Profil verkaufen, müssen Sie eine URL Ihres Unternehmens angeben.',
  'reason.invalid_statement_descriptor_business_mismatch':
    'Der Abrechnungstext muss Ihrem Firmennamen, dem eingetragenen Namen oder Ihrer URL ähneln.',
  'reason.invalid_statement_descriptor_denylisted':
    'Allgemeine oder bekannte Abrechnungstexte werden nicht unterstützt.',
  'reason.invalid_value_other': 'Für dieses Feld wurde ein ungültiger Wert angegeben.',
  'reason.payout.no_account':
    'Zu diesen Angaben gibt es kein Bankkonto. Prüfen Sie sie oder fügen Sie ein anderes Konto hinzu.',
  'reason.payout.account_closed': 'Dieses Bankkonto wurde geschlossen. Fügen Sie ein anderes Konto hinzu.',
  'reason.payout.insufficient_funds':
    'Dieses Bankkonto kann eine zurückgebuchte Auszahlung nicht decken. Fügen Sie ein anderes Konto hinzu.',
  'reason.payout.debit_not_authorized':
    'Dieses Bankkonto lässt keine Lastschriften zu. Fügen Sie ein anderes Konto hinzu.',
  'reason.payout.invalid_currency':
    'Dieses Bankkonto kann diese Währung nicht empfangen. Fügen Sie ein anderes Konto hinzu.',
};
