import type { FieldSpec } from '@onboardkit/schema';

/** What every field widget takes: the spec from the document and its form name. */
export interface FieldWidgetProps {
  spec: FieldSpec;
  name: string;
}
