import type { FieldErrorCode } from '@onboardkit/schema';

/**
 * The components' own text (labels of fields come localized from the server).
 * `{name}` marks a value filled in at run time.
 */
export interface Messages {
  loading: string;
  loadErrorTitle: string;
  retry: string;
  continue: string;
  back: string;
  exit: string;
  saving: string;
  finish: string;
  edit: string;
  /** `{current}`, `{total}` */
  progress: string;
  progressLabel: string;
  stepDone: string;
  stepCurrent: string;
  reviewTitle: string;
  reviewDescription: string;
  completeTitle: string;
  completeDescription: string;
  errorSummaryTitle: string;
  submitFailed: string;
  conflict: string;
  /** `{seconds}`: how long the server asks to wait before the next try. */
  rateLimited: string;
  optional: string;
  notProvided: string;
  yes: string;
  no: string;
  selectPlaceholder: string;
  provided: string;
  /** `{last4}`: read by screen readers after `provided`, in place of the dots. */
  endingIn: string;
  replace: string;
  keepCurrent: string;
  show: string;
  countryCode: string;
  phoneNumber: string;
  /** In place of the phone widget when its code could not load, above the Retry button. */
  phoneWidgetLoadFailed: string;
  addressLine1: string;
  addressLine2: string;
  addressTown: string;
  addressCity: string;
  addressState: string;
  addressPostalCode: string;
  routingNumber: string;
  accountNumber: string;
  iban: string;
  chooseFile: string;
  /** `{percent}`: the upload's progress bar in words. */
  uploading: string;
  /** `{name}`: the status while a file uploads, said once as it starts (the bar shows the progress). */
  uploadStarted: string;
  /** `{name}` */
  uploaded: string;
  uploadFailed: string;
  /** After `uploadFailed`, when the field still holds the file it had before. */
  previousFileKept: string;
  /** Beside Continue or Save, pressed while a file is still uploading: it saves once the upload ends. */
  waitingForUpload: string;
  removeFile: string;
  termsLink: string;
  privacyPolicyLink: string;
  addPerson: string;
  removePerson: string;
  editPerson: string;
  donePerson: string;
  /** `{number}` */
  personFallbackName: string;
  noPersons: string;
  /** `{percent}` (already formatted) */
  ownershipTotal: string;
  /** Account management: save a section, or put it back as it was. */
  save: string;
  cancel: string;
  /** `{section}`: the title of the section just saved. */
  sectionSaved: string;
  /** Notification banner: its title when something is to be done, and when only checks are running. */
  notificationsTitle: string;
  notificationsVerifyingTitle: string;
  /** `{date}`, already formatted in the locale. */
  notificationsDeadline: string;
  notificationsAction: string;
  /** Each followed by the labels of its fields. */
  notificationErrors: string;
  notificationPastDue: string;
  notificationCurrentlyDue: string;
  notificationEventuallyDue: string;
  notificationPendingVerification: string;
  /** By the stable codes of `@onboardkit/schema`; `{limit}` where a code has one. */
  fieldErrors: Record<FieldErrorCode, string>;
}

/** Overrides a platform gives for some messages of some locales. */
export type MessageOverrides = Partial<Omit<Messages, 'fieldErrors'>> & {
  fieldErrors?: Partial<Messages['fieldErrors']>;
};
