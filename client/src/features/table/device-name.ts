/**
 * A friendly name for this tablet ("Ugglan", "Räven"…), so the others at the table see who is
 * writing without anyone having an account. Kept on the device (not personal data: an animal picked
 * at random), published as a key in presence and named in each reader's interface language.
 */
import type { Dictionary } from '../../i18n/index.js';

export const DEVICE_KEYS = [
  'owl',
  'fox',
  'hedgehog',
  'moose',
  'hare',
  'squirrel',
  'lynx',
  'beaver',
  'badger',
  'seal',
  'crane',
  'bear',
] as const;
export type DeviceKey = (typeof DEVICE_KEYS)[number];

const STORAGE_KEY = 'dialogdag:device-name';

export function isDeviceKey(value: unknown): value is DeviceKey {
  return typeof value === 'string' && (DEVICE_KEYS as readonly string[]).includes(value);
}

/** A random key, avoiding those in `taken` while any is free. */
export function pickDeviceKey(taken: ReadonlySet<string> = new Set(), random = Math.random): DeviceKey {
  const free = DEVICE_KEYS.filter((key) => !taken.has(key));
  const from = free.length > 0 ? free : DEVICE_KEYS;
  return from[Math.floor(random() * from.length)] ?? 'owl';
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** This device's name key: the remembered one, or a new one (remembered when storage allows). */
export function loadDeviceKey(store: KeyValueStorage | null = storage()): DeviceKey {
  try {
    const stored = store?.getItem(STORAGE_KEY);
    if (isDeviceKey(stored)) return stored;
  } catch {
    // Storage unavailable: a name for this visit only.
  }
  const key = pickDeviceKey();
  saveDeviceKey(key, store);
  return key;
}

export function saveDeviceKey(key: DeviceKey, store: KeyValueStorage | null = storage()): void {
  try {
    store?.setItem(STORAGE_KEY, key);
  } catch {
    // Not remembered: the next visit picks another name, which is harmless.
  }
}

/** A device key in words (null for a device that published no known name). */
export function deviceName(key: string | null, t: Dictionary): string | null {
  return isDeviceKey(key) ? t.deviceNames[key] : null;
}
