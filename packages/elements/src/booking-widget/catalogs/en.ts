// <booking-widget>'s English words: the reference catalog, whose keys every other language has.
const en = {
  stepService: 'Choose a session',
  stepTime: 'Pick a date and time',
  stepDetails: 'Your details',
  stepReview: 'Review and confirm',
  stepPending: 'Request sent',
  stepOf: 'Step {n} of {total}',
  loadError: 'The booking calendar could not load.',
  continue: 'Continue',
  customDuration: 'Another length (minutes)',
  customDurationHint: 'From {min} to {max} minutes, in steps of {step}.',
  customDurationInvalid: 'Choose a length from {min} to {max} minutes, in steps of {step}.',
  confirm: 'Confirm booking',
  successConfirmed: 'Your session with {provider} is booked.',
  successPending: 'Your request was sent. {provider} will confirm it soon.',
  bookAnother: 'Book another session',
};

export default en;
