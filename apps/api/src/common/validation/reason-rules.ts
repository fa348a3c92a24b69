export const REASON_MAX = 500;

export const REASON_RULES = {
  min: { message: 'Bitte geben Sie einen Grund an.' },
  max: { message: `Der Grund darf höchstens ${REASON_MAX} Zeichen lang sein.` },
};
