// The choices the forms offer, in the API's own values (their words are in the dictionaries).
export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export const verificationOutcomes = ['confirmed', 'failed'] as const;
export const verificationMethods = ['site_visit', 'phone', 'documents'] as const;
export const returnVisitRatings = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export const returnVisitMethods = ['phone', 'in_person', 'online'] as const;
