/** The `copyguard.*` settings as the server sees them, with defaults and validation. */
import type { CheckInput } from '../engine';
import { today } from '../engine/packs/select';
import { PLATFORM_IDS, type PlatformId } from '../engine/types';

export interface Settings {
  enable: boolean;
  platforms: PlatformId[];
  asOf?: string;
  options: Record<string, boolean>;
  /** zh or en; `auto` follows the client's locale. */
  language: 'auto' | 'zh-cn' | 'en';
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, platforms: [], options: {}, language: 'auto', debounceMs: 150 };

/** What the settings contribute to a check of `text` (the document itself may override platforms). */
export function checkInput(settings: Settings, text: string, fileName: string, languageId?: string): CheckInput {
  return {
    text,
    fileName,
    ...(languageId ? { languageId } : {}),
    platforms: settings.platforms,
    options: settings.options,
    asOf: settings.asOf ?? today(),
  };
}

/** Read untrusted input (a client's configuration) into Settings, falling back field by field. */
export function readSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, options: {} };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (Array.isArray(r.platforms)) s.platforms = r.platforms.filter((p): p is PlatformId => (PLATFORM_IDS as readonly unknown[]).includes(p));
  if (typeof r.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.asOf)) s.asOf = r.asOf;
  if (r.options && typeof r.options === 'object') {
    for (const [k, v] of Object.entries(r.options as Record<string, unknown>)) if (typeof v === 'boolean') s.options[k] = v;
  }
  if (r.language === 'zh-cn' || r.language === 'en' || r.language === 'auto') s.language = r.language;
  if (typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 5000) s.debounceMs = r.debounceMs;
  return s;
}

export function pickLang(settings: Settings, clientLocale: string | undefined): 'zh' | 'en' {
  if (settings.language === 'zh-cn') return 'zh';
  if (settings.language === 'en') return 'en';
  return /^zh/i.test(clientLocale ?? '') ? 'zh' : 'en';
}
