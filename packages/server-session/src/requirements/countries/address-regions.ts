import type { Option } from '@onboardkit/schema';

// Closed lists of the regions Stripe takes as `address.state` by their codes,
// where a picker beats free text. Labels are proper names, the same in every
// locale, so they are not in the translation catalogs.

const regions = (entries: string): Option[] =>
  entries.split(';').map((entry) => {
    const [value = '', label = ''] = entry.split('=');
    return { value, label };
  });

/** The 50 states and the District of Columbia, by USPS code. */
export const unitedStatesRegions: readonly Option[] = regions(
  'AL=Alabama;AK=Alaska;AZ=Arizona;AR=Arkansas;CA=California;CO=Colorado;CT=Connecticut;DE=Delaware;' +
    'DC=District of Columbia;FL=Florida;GA=Georgia;HI=Hawaii;ID=Idaho;IL=Illinois;IN=Indiana;IA=Iowa;' +
    'KS=Kansas;KY=Kentucky;LA=Louisiana;ME=Maine;MD=Maryland;MA=Massachusetts;MI=Michigan;MN=Minnesota;' +
    'MS=Mississippi;MO=Missouri;MT=Montana;NE=Nebraska;NV=Nevada;NH=New Hampshire;NJ=New Jersey;' +
    'NM=New Mexico;NY=New York;NC=North Carolina;ND=North Dakota;OH=Ohio;OK=Oklahoma;OR=Oregon;' +
    'PA=Pennsylvania;RI=Rhode Island;SC=South Carolina;SD=South Dakota;TN=Tennessee;TX=Texas;UT=Utah;' +
    'VT=Vermont;VA=Virginia;WA=Washington;WV=West Virginia;WI=Wisconsin;WY=Wyoming',
);

/** Provinces and territories, by Canada Post code. */
export const canadaRegions: readonly Option[] = regions(
  'AB=Alberta;BC=British Columbia;MB=Manitoba;NB=New Brunswick;NL=Newfoundland and Labrador;' +
    'NS=Nova Scotia;NT=Northwest Territories;NU=Nunavut;ON=Ontario;PE=Prince Edward Island;QC=Québec;' +
    'SK=Saskatchewan;YT=Yukon',
);

/** States and territories, by Australia Post abbreviation. */
export const australiaRegions: readonly Option[] = regions(
  'ACT=Australian Capital Territory;NSW=New South Wales;NT=Northern Territory;QLD=Queensland;' +
    'SA=South Australia;TAS=Tasmania;VIC=Victoria;WA=Western Australia',
);
