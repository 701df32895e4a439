// <booking-widget>'s Arabic words.
import type en from './en.js';

const ar: Record<keyof typeof en, string> = {
  stepService: 'اختر جلسة',
  stepTime: 'اختر التاريخ والوقت',
  stepDetails: 'بياناتك',
  stepReview: 'المراجعة والتأكيد',
  stepPending: 'تم إرسال الطلب',
  stepOf: 'الخطوة {n} من {total}',
  loadError: 'تعذّر تحميل تقويم الحجز.',
  continue: 'متابعة',
  customDuration: 'مدة أخرى (بالدقائق)',
  customDurationHint: 'من {min} إلى {max} دقيقة، بخطوات {step}.',
  customDurationInvalid: 'اختر مدة من {min} إلى {max} دقيقة، بخطوات {step}.',
  confirm: 'تأكيد الحجز',
  successConfirmed: 'تم حجز جلستك مع {provider}.',
  successPending: 'تم إرسال طلبك. سيؤكده {provider} قريبًا.',
  bookAnother: 'احجز جلسة أخرى',
};

export default ar;
