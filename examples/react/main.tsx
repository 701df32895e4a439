// The elements in a React 19 app. React 19 passes attributes and properties to custom elements and
// adds `on<event-name>` props as event listeners, so no wrapper is needed. The mock backend runs
// in the browser for this example; a real app sets api-base to its backend instead.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@booking/elements/define';
import type { BookingConfirmedEvent, BookingStepChangeEvent } from '@booking/elements';
import { startMockWorker } from '@booking/mock/browser';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'booking-widget': {
        provider: string;
        'api-base': string;
        locale?: string;
        prefill?: { name?: string; email?: string };
        'onbooking-step-change'?: (event: BookingStepChangeEvent) => void;
        'onbooking-confirmed'?: (event: BookingConfirmedEvent) => void;
      };
    }
  }
}

function App() {
  const [step, setStep] = useState('service');
  const [booked, setBooked] = useState<string>();
  return (
    <main>
      <h1>Book a coaching session (React)</h1>
      <p className="status" role="status">
        {booked ?? `Step: ${step}`}
      </p>
      <booking-widget
        provider="sam"
        api-base="/api"
        prefill={{ name: 'Ada Lovelace' }}
        onbooking-step-change={(event) => setStep(event.detail.step)}
        onbooking-confirmed={(event) =>
          setBooked(`Booked: ${event.detail.booking.id} (${event.detail.booking.status})`)
        }
      />
    </main>
  );
}

await startMockWorker({ baseUrl: '/api' });
createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
