// The registration as a SurveyJS JSON survey, from the fields both peers
// share: the client's questions, then the children as a dynamic panel (one
// collapsed panel per child, named by the child, like the real form's cards).
import { BIRTH_MISSING, NO_CHILD, childFields, clientFields } from '../shared/fields.js';
import { cprMessage, futureMessage } from '../shared/checks.js';

/** SurveyJS names cannot nest: 'offers.other' is 'offers_other' in the survey's data. */
export const surveyName = (name) => name.replace('.', '_');

const TYPES = {
  text: { type: 'text' },
  date: { type: 'text', inputType: 'date' },
  year: { type: 'text', inputType: 'number' },
  textarea: { type: 'comment', rows: 3, autoGrow: true },
  radio: { type: 'radiogroup' },
  checkbox: { type: 'checkbox' },
  select: { type: 'dropdown' },
};

const ref = (name, inPanel) => `{${inPanel ? 'panel.' : ''}${surveyName(name)}}`;

const visibleIf = ([name, op, value], inPanel) => {
  const r = ref(name, inPanel);
  if (op === 'is') return `${r} = '${value}'`;
  if (op === 'given') return `${r} notempty`;
  return `${r} notempty and ${r} <> '${value}'`;
};

const question = (field, inPanel) => {
  const r = ref(field.name, inPanel);
  const validators = [];
  if (field.noCpr)
    validators.push({
      type: 'expression',
      expression: `noCpr(${r})`,
      text: cprMessage(field.label),
    });
  if (field.past)
    validators.push({
      type: 'expression',
      expression: `pastOrEmpty(${r})`,
      text: futureMessage(field.label),
    });
  if (field.kind === 'year')
    validators.push({
      type: 'expression',
      expression: `birthYear(${r})`,
      text: `${field.label} skal være mellem 1950 og ${new Date().getFullYear()}`,
    });
  return {
    ...TYPES[field.kind],
    name: surveyName(field.name),
    title: field.label,
    ...(field.hint ? { description: field.hint } : {}),
    ...(field.choices
      ? { choices: field.choices.map(({ value, label }) => ({ value, text: label })) }
      : {}),
    ...(field.placeholder ? { placeholder: field.placeholder, allowClear: true } : {}),
    ...(field.maxLength ? { maxLength: field.maxLength } : {}),
    ...(field.required ? { isRequired: true, requiredErrorText: field.required } : {}),
    ...(field.shownWhen ? { visibleIf: visibleIf(field.shownWhen, inPanel) } : {}),
    ...(validators.length ? { validators } : {}),
  };
};

const birthKnown = {
  type: 'expression',
  expression: '{panel.birthDate} notempty or {panel.birthYear} notempty',
  text: BIRTH_MISSING,
};

export const registrationSurvey = {
  locale: 'da',
  title: 'Oplysningsskema: borgerens børn',
  showQuestionNumbers: 'off',
  checkErrorsMode: 'onComplete',
  completeText: 'Gem',
  pages: [
    {
      name: 'registration',
      elements: [
        {
          type: 'panel',
          name: 'client',
          title: 'Borgeren',
          elements: clientFields.map((f) => question(f, false)),
        },
        {
          type: 'paneldynamic',
          name: 'children',
          title: 'Børn',
          description: 'Borgerens egne børn og partnerens børn.',
          isRequired: true,
          requiredErrorText: NO_CHILD,
          templateTitle: '{panel.name}',
          templateTitleLocation: 'top',
          panelsState: 'collapsed',
          panelAddText: 'Tilføj et barn',
          panelRemoveText: 'Fjern',
          noEntriesText: 'Der er ikke tilføjet nogen børn endnu.',
          maxPanelCount: 30,
          templateElements: childFields.map((f) =>
            f.name === 'birthYear'
              ? { ...question(f, true), validators: [...question(f, true).validators, birthKnown] }
              : question(f, true),
          ),
        },
      ],
    },
  ],
};
