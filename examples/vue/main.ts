// The elements in a Vue 3 app, with render functions (no template compiler, so the page keeps a
// strict CSP). Vue sets properties the element has (`prefill`) and turns `onBookingConfirmed`
// into a listener for `booking-confirmed`. The mock backend runs in the browser for this example;
// a real app sets api-base to its backend instead.
import { createApp, defineComponent, h, ref } from 'vue';
import '@booking/elements/define';
import type { BookingConfirmedEvent, BookingStepChangeEvent } from '@booking/elements';
import { startMockWorker } from '@booking/mock/browser';

const App = defineComponent(() => {
  const step = ref('service');
  const booked = ref<string>();
  return () =>
    h('main', [
      h('h1', 'Book a coaching session (Vue)'),
      h('p', { class: 'status', role: 'status' }, booked.value ?? `Step: ${step.value}`),
      h('booking-widget', {
        provider: 'sam',
        'api-base': '/api',
        prefill: { name: 'Ada Lovelace' },
        onBookingStepChange: (event: BookingStepChangeEvent) => (step.value = event.detail.step),
        onBookingConfirmed: (event: BookingConfirmedEvent) =>
          (booked.value = `Booked: ${event.detail.booking.id} (${event.detail.booking.status})`),
      }),
    ]);
});

await startMockWorker({ baseUrl: '/api' });
createApp(App).mount('#app');
