// Contact details for demo associations: Arabic person names, Egyptian mobile numbers, reserved-domain e-mails.
import type { Rng } from './random';

const MEN = [
  'محمد',
  'أحمد',
  'محمود',
  'مصطفى',
  'علي',
  'حسن',
  'حسين',
  'عبد الرحيم',
  'عبد الرحمن',
  'عبد الله',
  'خالد',
  'عمر',
  'ياسر',
  'هاني',
  'عادل',
  'جمال',
  'صلاح',
  'سيد',
  'رمضان',
  'شعبان',
  'طارق',
  'أشرف',
  'وائل',
  'إبراهيم',
  'يوسف',
  'عبد الناصر',
  'منتصر',
  'جرجس',
  'مينا',
  'بطرس',
  'عبد الحميد',
  'كمال',
  'ناصر',
  'حمدي',
] as const;

const WOMEN = [
  'فاطمة',
  'مريم',
  'نجلاء',
  'هدى',
  'سعاد',
  'أمل',
  'منى',
  'سامية',
  'عزة',
  'نادية',
  'هالة',
  'إيمان',
  'رشا',
  'أسماء',
  'زينب',
  'مرفت',
  'ماجدة',
  'تريزة',
  'نعمة',
  'صفاء',
  'وفاء',
  'سناء',
] as const;

const FAMILIES = [
  'عبد العال',
  'عبد الحافظ',
  'عبد الموجود',
  'عبد الباقي',
  'عبد اللاه',
  'عبد الراضي',
  'أبو زيد',
  'حمدان',
  'عثمان',
  'سليمان',
  'خليفة',
  'الطاهر',
  'الشريف',
  'النجار',
  'منصور',
  'رضوان',
  'شحاتة',
  'قرشي',
  'بخيت',
  'صابر',
  'الأمير',
  'عبد الظاهر',
  'حنا',
  'عوض',
] as const;

const MOBILE_PREFIXES = ['010', '011', '012', '015'] as const;

/** «first father family», e.g. «محمد عبد الرحيم عبد اللاه»; women for associations of and for women. */
export function personName(rng: Rng, woman: boolean): string {
  const first = woman ? rng.pick(WOMEN) : rng.pick(MEN);
  return `${first} ${rng.pick(MEN)} ${rng.pick(FAMILIES)}`;
}

/** An Egyptian mobile number (010/011/012/015 and eight digits), never the same twice in `taken`. */
export function mobileNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => String(rng.int(0, 9))).join('');
    const phone = `${rng.pick(MOBILE_PREFIXES)}${digits}`;
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

/**
 * A mailbox made from the English name's initials and the place, under example.org (reserved by RFC 2606),
 * so the demo never points at somebody's real inbox.
 */
export function emailAddress(nameEn: string, place: string, taken: Set<string>): string {
  const initials = nameEn
    .split(/[\s,'-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('')
    .toLowerCase();
  const placeSlug = place
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '');
  const base = `${initials || 'assoc'}.${placeSlug || 'eg'}`;
  let address = `${base}@example.org`;
  for (let n = 2; taken.has(address); n += 1) address = `${base}${n}@example.org`;
  taken.add(address);
  return address;
}
