import { caseEndpoints } from './matrixCaseEndpoints.ts';
import { otherEndpoints } from './matrixOtherEndpoints.ts';

// Every endpoint of the role × scope matrix (roleScopeMatrix.int.test.ts): for each, what
// it acts on, the request, and which roles succeed within scope.

export type { Endpoint } from './matrixCaseEndpoints.ts';
export const endpoints = [...caseEndpoints, ...otherEndpoints];
