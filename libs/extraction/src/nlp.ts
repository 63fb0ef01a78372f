import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// One instance per process: loading the model is the expensive part. Only
// sentence boundaries and part-of-speech tags are used, so the pipe stops there.
export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
