/**
 * The default workbook: the Appreciative Inquiry 4-D cycle, in Swedish and English.
 *
 * Appreciative Inquiry starts from what already works instead of from problems, so every question
 * asks for experiences, strengths and hopes. The wording is generic ("arbetet", "verksamheten") so
 * the same workbook fits any dialogue day; facilitators adapt it to their topic in the event.
 * The English text says the same thing as the Swedish, not a word-for-word translation.
 */
import type { Language } from '../api.js';
import type { TemplateId, TemplatePhase, WorkbookTemplate } from './template.js';

const SV: TemplatePhase[] = [
  {
    key: 'discover',
    title: 'Upptäcka',
    intro:
      'Vi börjar i det som redan fungerar. Berätta för varandra om tillfällen då arbetet har fungerat ' +
      'som allra bäst, och försök tillsammans förstå vad som gjorde det möjligt.',
    minutes: 40,
    questions: [
      'Berätta om ett tillfälle då arbetet fungerade riktigt bra. Vad hände, vilka var med och vad gjorde du?',
      'Vad var det som gjorde att det fungerade så bra? Vilka förutsättningar fanns på plats?',
      'Vilka styrkor – hos er själva, i organisationen och i samverkan med andra – bidrog mest?',
      'Vad i ert arbete i dag vill ni absolut behålla och bygga vidare på?',
    ],
  },
  {
    key: 'dream',
    title: 'Drömma',
    intro:
      'Föreställ er att det har gått några år och att arbetet fungerar bättre än ni vågat hoppas. ' +
      'Låt det som fungerar i dag vara grunden och tänk fritt kring vad som är möjligt.',
    minutes: 30,
    questions: [
      'Det är tre år fram i tiden och ni har ett väl fungerande arbete. Vad ser ni, vad hör ni och vad har förändrats?',
      'Hur märker de som berörs av ert arbete att det fungerar väl?',
      'Om ni fick tre önskningar för arbetet framåt, vilka skulle det vara?',
    ],
  },
  {
    key: 'design',
    title: 'Utforma',
    intro:
      'Nu går vi från dröm till form. Vilka strukturer, arbetssätt och samarbeten behövs för att det ' +
      'ni drömt om ska bli verklighet?',
    minutes: 30,
    questions: [
      'Vilka strukturer och arbetssätt behövs för att bygga vidare på det som redan fungerar?',
      'Vilka samarbeten – internt och med andra aktörer – behöver stärkas eller skapas?',
      'Formulera ett eller två påståenden i presens som beskriver hur arbetet fungerar när det är som bäst.',
    ],
  },
  {
    key: 'destiny',
    title: 'Förverkliga',
    intro:
      'Avsluta med det ni själva kan göra. Små steg som kan tas redan i morgon räknas lika mycket ' +
      'som stora satsningar.',
    minutes: 20,
    questions: [
      'Vilket första steg kan ni ta redan nu, och vilka behöver vara med?',
      'Vilket stöd behöver ni från ledningen, från andra verksamheter eller från andra aktörer?',
      'Vad vill er grupp lyfta fram i storgruppen?',
    ],
  },
];

const EN: TemplatePhase[] = [
  {
    key: 'discover',
    title: 'Discover',
    intro:
      'We start from what already works. Tell each other about times when the work was at its very ' +
      'best, and try together to understand what made that possible.',
    minutes: 40,
    questions: [
      'Tell us about a time when the work went really well. What happened, who was involved and what did you do?',
      'What made it work so well? Which conditions were in place?',
      'Which strengths – your own, your organisation’s and in working with others – contributed most?',
      'What in your work today do you most want to keep and build on?',
    ],
  },
  {
    key: 'dream',
    title: 'Dream',
    intro:
      'Imagine that a few years have passed and the work is going better than you dared to hope. ' +
      'Let what works today be the foundation and think freely about what is possible.',
    minutes: 30,
    questions: [
      'It is three years from now and the work is going well. What do you see, what do you hear and what has changed?',
      'How do the people affected by your work notice that it is going well?',
      'If you had three wishes for the work ahead, what would they be?',
    ],
  },
  {
    key: 'design',
    title: 'Design',
    intro:
      'Now we move from dream to design. Which structures, ways of working and partnerships are needed ' +
      'to make what you dreamt of come true?',
    minutes: 30,
    questions: [
      'Which structures and ways of working are needed to build on what already works?',
      'Which partnerships – internal and with other actors – need to be strengthened or created?',
      'Write one or two statements, in the present tense, describing the work when it is at its best.',
    ],
  },
  {
    key: 'destiny',
    title: 'Destiny',
    intro:
      'Finish with what you can do yourselves. Small steps you can take tomorrow count as much as ' +
      'large initiatives.',
    minutes: 20,
    questions: [
      'What first step can you take right away, and who needs to be involved?',
      'What support do you need from management, other departments or other actors?',
      'What does your group want to share in the plenary?',
    ],
  },
];

/**
 * Returns a built-in workbook in `language`: `'ai-4d'` is the 4-D cycle above, `'empty'` has no
 * phases (the facilitator builds their own). Returns a fresh copy, so callers may mutate it.
 */
export function getTemplate(id: TemplateId, language: Language): WorkbookTemplate {
  const phases = id === 'ai-4d' ? (language === 'sv' ? SV : EN) : [];
  return { id, language, phases: phases.map((phase) => ({ ...phase, questions: [...phase.questions] })) };
}
