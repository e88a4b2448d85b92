/** The longest text each field takes: the schema's maxLength and the boxes' maxlength. */
export const LIMITS = {
  reference: 40,
  worker: 80,
  livingSituationOther: 200,
  name: 60,
  custodyOther: 200,
  contactFrequency: 200,
  contactForm: 200,
  otherSupport: 2000,
  workerAssessment: 2000,
  consentBy: 200,
  otherDescription: 200,
} as const;

/** Most children one registration holds. */
export const MAX_CHILDREN = 30;
