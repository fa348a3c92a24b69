/** A LeiKa key (Leistungskatalog): 14 digits. */
export const LEIKA_PATTERN = /^\d{14}$/;
