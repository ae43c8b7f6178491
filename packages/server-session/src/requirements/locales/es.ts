import type { Catalog } from './en.js';

/** Español. */
export const es: Catalog = {
  'step.business.title': 'Tu negocio',
  'step.business.description': 'Cuéntanos qué tipo de negocio tienes y qué vendes.',
  'step.company.title': 'Datos de la empresa',
  'step.company.description': 'Los datos legales de la empresa, tal como están registrados.',
  'step.personal.title': 'Datos personales',
  'step.personal.description': 'Sobre ti, el titular de la cuenta.',
  'step.persons.title': 'Personas',
  'step.persons.description': 'Las personas que son propietarias, dirigen y representan el negocio.',
  'step.payouts.title': 'Pagos',
  'step.payouts.description': 'La cuenta bancaria en la que recibes tus ingresos.',
  'step.terms.title': 'Condiciones del servicio',
  'step.terms.description': 'Revisa y acepta el contrato de servicios.',

  'label.business_type': 'Tipo de negocio',
  'option.business_type.individual': 'Particular o autónomo',
  'option.business_type.company': 'Empresa',
  'option.business_type.non_profit': 'Organización sin ánimo de lucro',
  'label.business_profile.mcc': 'Sector',
  'help.business_profile.mcc': 'La categoría que mejor describe lo que vendes.',
  'label.business_profile.url': 'Sitio web del negocio',
  'help.business_profile.url':
    'Tu sitio web o una página en redes sociales donde los clientes puedan conocer tu negocio.',
  'placeholder.business_profile.url': 'https://ejemplo.es',
  'label.business_profile.product_description': 'Descripción del producto',
  'help.business_profile.product_description':
    'Qué vendes, a quién y cuándo cobras a tus clientes (al menos 10 caracteres).',
  'label.settings.payments.statement_descriptor': 'Descriptor del extracto',
  'help.settings.payments.statement_descriptor':
    'Aparece en los extractos de tarjeta de tus clientes: de 5 a 22 caracteres, parecido al nombre de tu negocio.',
  'placeholder.settings.payments.statement_descriptor': 'PANADERIA GARCIA',

  'label.company.name': 'Razón social',
  'label.company.name_kana': 'Razón social (kana)',
  'label.company.name_kanji': 'Razón social (kanji)',
  'label.company.phone': 'Teléfono de la empresa',
  'label.company.address': 'Domicilio social',
  'label.company.address_kana': 'Domicilio social (kana)',
  'label.company.address_kanji': 'Domicilio social (kanji)',
  'label.company.tax_id': 'Número de identificación fiscal de la empresa',
  'help.company.tax_id':
    'Sirve para verificar tu empresa. Después solo se mostrarán los 4 últimos caracteres.',
  'label.company.tax_id.US': 'Número de identificación del empleador (EIN)',
  'label.company.tax_id.CA': 'Número de empresa (BN)',
  'label.company.tax_id.GB': 'Número de registro de la empresa (CRN)',
  'label.company.tax_id.DE': 'Número del registro mercantil o número fiscal',
  'label.company.tax_id.FR': 'Número SIREN',
  'label.company.tax_id.IE': 'Número de empresa CRO',
  'label.company.tax_id.NL': 'Número KvK',
  'label.company.tax_id.ES': 'Número de identificación fiscal (NIF/CIF)',
  'label.company.tax_id.IT': 'Número de IVA (Partita IVA)',
  'label.company.tax_id.AU': 'Número de empresa australiano (ABN)',
  'label.company.tax_id.NZ': 'Número de empresa neozelandés (NZBN)',
  'label.company.tax_id.JP': 'Número corporativo (hōjin bangō)',
  'label.company.tax_id.SG': 'Número de entidad única (UEN)',
  'label.company.tax_id.BR': 'CNPJ',
  'label.company.tax_id.MX': 'RFC',
  'label.company.tax_id.IN': 'PAN de la empresa',
  'label.company.registration_number': 'Número de registro de la empresa',
  'label.company.registration_number.AU': 'Número de sociedad australiano (ACN)',
  'label.company.registration_number.IN': 'Número de identificación corporativa (CIN) o LLPIN',
  'label.company.pan': 'Número de cuenta permanente (PAN)',
  'label.company.business_cross_border_transaction_classifications': '¿Dónde vendes?',
  'option.cross_border.domestic': 'Solo en la India',
  'option.cross_border.cross_border': 'En la India y en el extranjero',
  'label.company.owners_provided': 'Confirmo que figuran todos los propietarios.',
  'label.company.directors_provided': 'Confirmo que figuran todos los administradores.',
  'label.company.executives_provided': 'Confirmo que figuran todos los directivos.',
  'label.company.verification.document': 'Documento de verificación de la empresa',
  'help.company.verification.document':
    'Una carta de la administración tributaria o del registro mercantil con la razón social y el número fiscal (PDF, JPEG o PNG, 10 MB como máximo).',

  'label.first_name': 'Nombre',
  'label.last_name': 'Apellidos',
  'label.first_name_kana': 'Nombre (kana)',
  'label.first_name_kanji': 'Nombre (kanji)',
  'label.last_name_kana': 'Apellidos (kana)',
  'label.last_name_kanji': 'Apellidos (kanji)',
  'label.full_name_aliases': 'Otros nombres',
  'help.full_name_aliases':
    'Cualquier otro nombre con el que se conozca a esta persona, como en sus documentos oficiales.',
  'label.dob': 'Fecha de nacimiento',
  'help.dob.adult': 'El representante debe tener al menos 18 años.',
  'label.email': 'Correo electrónico',
  'placeholder.email': 'lucia.garcia@ejemplo.es',
  'label.phone': 'Número de teléfono',
  'label.address': 'Domicilio particular',
  'label.address_kana': 'Domicilio particular (kana)',
  'label.address_kanji': 'Domicilio particular (kanji)',
  'label.nationality': 'Nacionalidad',
  'label.political_exposure': 'Persona con responsabilidad pública',
  'help.political_exposure':
    'Si esta persona ocupa u ocupó un cargo público relevante, o tiene una relación cercana con alguien que lo ocupa.',
  'option.political_exposure.none': 'No',
  'option.political_exposure.existing': 'Sí',
  'label.ssn_last_4': 'Últimos 4 dígitos del número de la Seguridad Social (SSN)',
  'label.id_number': 'Número de identificación personal',
  'label.id_number.US': 'Número de la Seguridad Social (SSN)',
  'label.id_number.CA': 'Número de seguro social (SIN)',
  'label.id_number.GB': 'Referencia fiscal única (UTR)',
  'label.id_number.ES': 'DNI o NIE',
  'label.id_number.IE': 'Número PPS',
  'label.id_number.NZ': 'Número IRD',
  'label.id_number.SG': 'NRIC o FIN',
  'label.id_number.BR': 'CPF',
  'label.id_number.MX': 'RFC',
  'label.id_number.IN': 'PAN',
  'help.id_number': 'Sirve para verificar la identidad. Después solo se mostrarán los 4 últimos caracteres.',
  'label.verification.document': 'Documento de identidad',
  'help.verification.document':
    'Una foto de un pasaporte, documento de identidad o permiso de conducir (PDF, JPEG o PNG, 10 MB como máximo).',
  'label.verification.additional_document': 'Justificante de domicilio',
  'help.verification.additional_document':
    'Una factura de suministros o un extracto bancario de los últimos 6 meses en el que figure la dirección.',
  'label.relationship.title': 'Cargo',
  'placeholder.relationship.title': 'Directora general',
  'label.relationship.executive':
    'Esta persona es un directivo con una responsabilidad importante en la gestión del negocio.',
  'label.relationship.percent_ownership': 'Participación (%)',

  'label.representative': 'Representante',
  'help.representative':
    'La persona que puede actuar legalmente en nombre del negocio, como un administrador o un alto directivo.',
  'label.owners': 'Propietarios',
  'help.owners.at_least': 'Todas las personas que poseen el {percent} % o más del negocio.',
  'help.owners.more_than': 'Todas las personas que poseen más del {percent} % del negocio.',
  'help.owners.fallback':
    'Todas las personas que poseen más del {percent} % del negocio; si no hay ninguna, las que poseen más del {fallback} %.',
  'label.directors': 'Administradores',
  'help.directors': 'Cada miembro del consejo de administración.',
  'label.executives': 'Directivos',
  'help.executives':
    'Todas las personas con una responsabilidad importante en el control, la gestión o la dirección del negocio.',

  'label.external_account': 'Cuenta bancaria',
  'help.external_account':
    'Los pagos se envían a esta cuenta, que debe estar a nombre del negocio o del titular de la cuenta.',
  'bank.routing.US': 'Número de ruta (routing number)',
  'bank.routing.CA': 'Número de tránsito y de institución',
  'bank.routing.GB': 'Código de sucursal (sort code)',
  'bank.routing.AU': 'BSB',
  'bank.routing.NZ': 'Número de banco y sucursal',
  'bank.routing.JP': 'Código de banco y de sucursal',
  'bank.routing.SG': 'Código de banco y de sucursal',
  'bank.routing.BR': 'Código de banco y sucursal',
  'bank.routing.IN': 'IFSC',
  'bank.account': 'Número de cuenta',
  'bank.account.MX': 'CLABE',
  'bank.account.iban': 'IBAN',

  'label.tos_acceptance.full': 'Acepto el contrato de servicios.',
  'label.tos_acceptance.recipient': 'Acepto el contrato de servicios para destinatarios.',
  'help.tos_acceptance': 'Al aceptar, registramos la fecha, tu dirección IP y tu navegador.',

  'field_error.required': 'Este campo es obligatorio.',
  'field_error.invalid_type': 'Este valor no es del tipo correcto.',
  'field_error.too_short': 'Introduce al menos {limit} caracteres.',
  'field_error.too_long': 'Introduce como máximo {limit} caracteres.',
  'field_error.pattern_mismatch': 'Este valor no tiene el formato esperado.',
  'field_error.invalid_format': 'Este valor no es válido.',
  'field_error.invalid_option': 'Elige una de las opciones de la lista.',
  'field_error.too_small': 'Introduce {limit} o más.',
  'field_error.too_big': 'Introduce {limit} o menos.',
  'field_error.invalid_date': 'Introduce una fecha real con el formato AAAA-MM-DD.',
  'field_error.invalid_dob_age_under_minimum': 'La persona debe tener al menos {limit} años.',
  'field_error.invalid_dob_age_over_maximum': 'La persona debe tener como máximo {limit} años.',
  'field_error.must_be_true': 'Confírmalo para continuar.',
  'field_error.tos_not_accepted': 'Acepta las condiciones del servicio para continuar.',
  'field_error.invalid_file': 'Vuelve a subir el archivo.',
  'field_error.too_few_items': 'Añade al menos {limit}.',
  'field_error.too_many_items': 'Añade como máximo {limit}.',
  'field_error.ownership_over_100': 'La suma de las participaciones no puede superar el 100 %.',
  'field_error.unknown_field': 'Esta cuenta no puede proporcionar este campo.',

  'reason.verification_failed_keyed_identity':
    'No se ha podido verificar la información de identidad introducida. Corrige los errores o sube un documento que coincida con esos datos.',
  'reason.verification_failed_other':
    'La verificación ha fallado por un motivo desconocido. Corrige los errores y vuelve a enviar los campos solicitados.',
  'reason.invalid_address_city_state_postal_code':
    'No se ha podido validar la combinación de ciudad, provincia y código postal de la dirección.',
  'reason.invalid_street_address':
    'No se ha podido validar el nombre o el número de la calle de la dirección.',
  'reason.verification_failed_tax_id_match':
    'No se ha podido verificar el número fiscal de la cuenta. Corrige la razón social o el número fiscal, o sube un documento que los incluya.',
  'reason.verification_failed_tax_id_not_issued':
    'No se ha reconocido el número fiscal de la cuenta. Corrígelo o sube un documento que demuestre que se ha emitido.',
  'reason.verification_failed_name_match':
    'No se ha podido verificar la razón social de la cuenta. Corrígela o sube un documento que la incluya.',
  'reason.verification_failed_keyed_match':
    'No se ha podido verificar la información introducida. Corrige la razón social, el número de identificación o la dirección.',
  'reason.invalid_company_name_denylisted': 'No se admiten nombres de empresa genéricos o conocidos.',
  'reason.verification_directors_mismatch':
    'Los administradores de la cuenta no coinciden con los registros oficiales. Actualízalos y vuelve a confirmarlos.',
  'reason.verification_missing_directors':
    'Tu empresa tiene administradores que no se han añadido a la cuenta. Añádelos.',
  'reason.verification_extraneous_directors':
    'Se han añadido administradores que no corresponden. Elimínalos y vuelve a confirmar los administradores.',
  'reason.verification_document_failed_test_mode':
    'Se ha usado un archivo de prueba para simular un error de verificación. Sube otro documento.',
  'reason.invalid_url_denylisted': 'No se admiten URL genéricas.',
  'reason.invalid_url_website_inaccessible_geoblocked':
    'Tu sitio web parece estar bloqueado en algunas regiones.',
  'reason.invalid_url_website_other':
    'No hemos podido verificar tu negocio con la URL indicada. Comprueba que es correcta o indica otra.',
  'reason.invalid_url_website_incomplete': 'Parece que falta información obligatoria en tu sitio web.',
  'reason.invalid_url_website_business_information_mismatch':
    'La información del negocio de tu sitio web debe coincidir con los datos que has proporcionado.',
  'reason.invalid_url_website_inaccessible_password_protected':
    'Tu sitio web parece estar protegido con contraseña.',
  'reason.invalid_url_website_incomplete_under_construction':
    'Tu sitio web parece incompleto o en construcción.',
  'reason.invalid_url_website_inaccessible':
    'No se ha podido acceder a esta URL. Comprueba que está disponible y bien escrita, o indica otra.',
  'reason.invalid_url_web_presence_detected':
    'Como vendes a través de un sitio web, una aplicación, redes sociales o un perfil en línea, debes indicar la URL de tu negocio.',
  'reason.invalid_statement_descriptor_business_mismatch':
    'El descriptor del extracto debe parecerse al nombre de tu negocio, a la razón social o a tu URL.',
  'reason.invalid_statement_descriptor_denylisted':
    'No se admiten descriptores de extracto genéricos o conocidos.',
  'reason.invalid_value_other': 'El valor indicado para este campo no es válido.',
  'reason.payout.no_account':
    'No existe ninguna cuenta bancaria con estos datos. Compruébalos o añade otra cuenta.',
  'reason.payout.account_closed': 'Esta cuenta bancaria está cerrada. Añade otra cuenta.',
  'reason.payout.insufficient_funds':
    'Esta cuenta bancaria no puede cubrir un pago devuelto. Añade otra cuenta.',
  'reason.payout.debit_not_authorized': 'Esta cuenta bancaria no admite adeudos. Añade otra cuenta.',
  'reason.payout.invalid_currency': 'Esta cuenta bancaria no puede recibir esta divisa. Añade otra cuenta.',
};
