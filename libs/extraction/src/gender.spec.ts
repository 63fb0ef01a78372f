import { guessGender } from './gender';

describe('guessGender', () => {
  it.each<[string[], string[], 'M' | 'F' | null]>([
    [['Renus', 'Pleshkis'], [], 'M'],
    [['Gitanas', 'Nausėda'], [], 'M'],
    [['Ingrida', 'Šimonytė'], [], 'F'],
    [['Jūratė', 'Šimkienė'], [], 'F'],
    [['Olga', 'Petrova'], [], 'F'],
    [['John', 'Whitfield'], [], 'M'],
    [['Maria', 'Lopez'], [], 'F'],
    [['Nikita', 'Volkov'], [], 'M'],
    [['Agnes', 'Smith'], [], 'F'],
    [['Kim', 'Ode'], [], null],
    [['Varn'], ['mr.'], 'M'],
    [['Kim', 'Ode'], ['spokeswoman'], 'F'],
  ])('%j with cues %j → %s', (name, cues, gender) => {
    expect(guessGender(name, cues)).toBe(gender);
  });
});
