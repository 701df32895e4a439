// `npm run mock`: the mock backend on a real HTTP port (PORT, default 8787), for curl, a backend
// experiment, or `npx booking-conformance`. Demo provider tokens are demo-<id>-token.
import { serveMock } from '@booking/mock/server';

const server = await serveMock({ port: Number(process.env.PORT ?? 8787) });
console.log(`Mock booking API on ${server.url}`);
console.log(
  `Try: npx booking-conformance --base-url ${server.url} --provider-token demo-sam-token --other-provider-token demo-ana-token`,
);
