// The SurveyJS peer's bundle: SurveyJS's model and its framework-free UI,
// Danish, with the registration's own checks registered as functions.
import { FunctionFactory, Model } from 'survey-core';
import 'survey-core/i18n/danish';
import 'survey-core/survey-core.fontless.min.css';
import { renderSurvey } from 'survey-js-ui';
import { containsCpr, isBirthYear, isPastOrEmpty } from '../shared/checks.js';
import { fromSurveyData, toSurveyData } from './data.js';
import { registrationSurvey } from './survey-json.js';

FunctionFactory.Instance.register('noCpr', ([text]) => !containsCpr(text));
FunctionFactory.Instance.register('pastOrEmpty', ([iso]) => isPastOrEmpty(iso ?? ''));
FunctionFactory.Instance.register('birthYear', ([year]) => isBirthYear(year));

/** Renders the registration into `container` with `value`; returns the survey model. */
export function renderRegistration(container, value) {
  const survey = new Model(registrationSurvey);
  survey.data = toSurveyData(value);
  renderSurvey(survey, container);
  return survey;
}

export { fromSurveyData };
