// Every error answer of the run, whichever check provoked it, was problem details.
import { expect, expectProblem } from '../client.js';
import type { Check } from '../context.js';

export const errorChecks: Check[] = [
  {
    id: 'errors.problem-details',
    title: 'Every error answer of the run was problem details with a code and its own status',
    async run({ client }) {
      const bad = client.errors.filter((x) => {
        try {
          expectProblem(x, [x.status]);
          return false;
        } catch {
          return true;
        }
      });
      expect(
        bad.length === 0,
        `${bad.length} error answers were not problem details, e.g. ${bad[0]?.method} ${bad[0]?.path} (${bad[0]?.status}, ${bad[0]?.contentType || 'no content type'})`,
      );
    },
  },
];
