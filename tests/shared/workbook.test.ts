import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../shared/workbook/ai-4d.js';
import { PHASE_KEYS } from '../../shared/workbook/template.js';

describe('workbook templates', () => {
  it('the Swedish 4-D workbook has four phases in cycle order with 2–4 questions each', () => {
    const template = getTemplate('ai-4d', 'sv');
    expect(template.language).toBe('sv');
    expect(template.phases.map((phase) => phase.key)).toEqual(['discover', 'dream', 'design', 'destiny']);
    expect(template.phases.map((phase) => phase.title)).toEqual([
      'Upptäcka',
      'Drömma',
      'Utforma',
      'Förverkliga',
    ]);
    for (const phase of template.phases) {
      expect(phase.questions.length).toBeGreaterThanOrEqual(2);
      expect(phase.questions.length).toBeLessThanOrEqual(4);
      expect(phase.intro.length).toBeGreaterThan(20);
      expect(phase.minutes).toBeGreaterThan(0);
      for (const question of phase.questions) expect(question.trim()).toMatch(/[?.]$/);
    }
  });

  it('the English workbook mirrors the Swedish one phase by phase', () => {
    const sv = getTemplate('ai-4d', 'sv');
    const en = getTemplate('ai-4d', 'en');
    expect(en.phases.map((phase) => phase.title)).toEqual(['Discover', 'Dream', 'Design', 'Destiny']);
    expect(en.phases.map((phase) => [phase.key, phase.minutes, phase.questions.length])).toEqual(
      sv.phases.map((phase) => [phase.key, phase.minutes, phase.questions.length]),
    );
    expect(PHASE_KEYS).toEqual(sv.phases.map((phase) => phase.key));
  });

  it('the empty template has no phases', () => {
    expect(getTemplate('empty', 'sv')).toEqual({ id: 'empty', language: 'sv', phases: [] });
  });

  it('each call returns a fresh copy, so a caller editing it cannot change the built-in workbook', () => {
    const first = getTemplate('ai-4d', 'sv');
    first.phases[0]!.questions.push('Extra?');
    first.phases[0]!.title = 'Ändrad';
    const second = getTemplate('ai-4d', 'sv');
    expect(second.phases[0]!.title).toBe('Upptäcka');
    expect(second.phases[0]!.questions).not.toContain('Extra?');
  });
});
