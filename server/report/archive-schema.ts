/** Validation of an uploaded JSON archive (the shape `exportArchive` writes). */
import { z } from 'zod';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from '../../shared/report/archive.js';
import { NOTE_KINDS } from '../../shared/docs/table-doc.js';
import { PHASE_KEYS } from '../../shared/workbook/template.js';

/** Archives are larger than API bodies: a full day can hold thousands of notes. */
export const MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;

const Id = z.string().min(1).max(64);
const Order = z.string().min(1).max(200);
const Text = z.string().max(20_000);

const Note = z.object({
  id: Id,
  text: Text,
  phaseId: z.string().max(64),
  questionId: Id.nullable(),
  kind: z
    .enum(NOTE_KINDS as unknown as [string, ...string[]])
    .transform((k) => k as (typeof NOTE_KINDS)[number]),
  lifted: z.boolean(),
  order: Order,
  createdAtMs: z.number().finite(),
  updatedAtMs: z.number().finite(),
});

const Phase = z.object({
  id: Id,
  key: z
    .enum(PHASE_KEYS as unknown as [string, ...string[]])
    .nullable()
    .transform((k) => k as (typeof PHASE_KEYS)[number] | null),
  title: z.string().max(200),
  intro: Text,
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  order: Order,
  questions: z.array(z.object({ id: Id, text: Text, order: Order })).max(50),
});

export const ArchiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  event: z.object({
    info: z.object({
      title: z.string().trim().min(1).max(200),
      organiser: z.string().max(200),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
      language: z.enum(['sv', 'en']),
    }),
    phases: z.array(Phase).max(50),
  }),
  tables: z
    .array(
      z.object({
        key: z.string().regex(/^t\d{1,4}$/),
        name: z.string().trim().min(1).max(100),
        organisations: z.array(z.string().trim().min(1).max(200)).max(50),
        order: Order,
        notes: z.array(Note).max(10_000),
      }),
    )
    .max(500),
  board: z.object({
    factors: z.array(z.object({ id: Id, title: Text, narrative: Text, order: Order })).max(500),
    placements: z.record(z.string().max(200), z.object({ factorId: Id.nullable(), order: Order })),
    excerpts: z.record(z.string().max(200), Text),
    intro: Text,
    reflections: Text,
  }),
});
