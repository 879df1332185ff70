import { ageText, countdownText, durationText, liveStatus } from './clock-text';

const due = '2018-03-02T15:00:00.000Z';
const at = (iso: string) => new Date(iso);

it('counts down in hours and minutes, rounded down to the minute', () => {
  expect(countdownText(due, at('2018-03-02T11:47:30.000Z'))).toEqual({ overdue: false, text: 'due in 3 h 12 min' });
  expect(countdownText(due, at('2018-03-02T12:00:00.000Z'))).toEqual({ overdue: false, text: 'due in 3 h' });
  expect(countdownText(due, at('2018-03-02T14:15:00.000Z'))).toEqual({ overdue: false, text: 'due in 45 min' });
  expect(countdownText(due, at('2018-03-02T14:59:30.000Z'))).toEqual({
    overdue: false,
    text: 'due in less than 1 min',
  });
});

it('is still due at the due time itself and overdue after it, as the LE-12H status is', () => {
  expect(countdownText(due, at(due)).overdue).toBe(false);
  expect(countdownText(due, at('2018-03-02T15:00:01.000Z'))).toEqual({
    overdue: true,
    text: 'overdue by less than 1 min',
  });
  expect(countdownText(due, at('2018-03-02T15:40:59.000Z'))).toEqual({ overdue: true, text: 'overdue by 40 min' });
});

it('uses days for long spans (a clock across a weekend)', () => {
  expect(durationText(2 * 86_400_000 + 4 * 3_600_000 + 59 * 60_000)).toBe('2 d 4 h');
  expect(durationText(86_400_000)).toBe('1 d');
});

it('says how long ago a report was received', () => {
  const received = '2018-03-02T10:00:00.000Z';
  expect(ageText(received, at('2018-03-02T10:00:30.000Z'))).toBe('received just now');
  expect(ageText(received, at('2018-03-02T10:25:00.000Z'))).toBe('received 25 min ago');
  expect(ageText(received, at('2018-03-02T15:59:00.000Z'))).toBe('received 5 h ago');
  expect(ageText(received, at('2018-03-05T11:00:00.000Z'))).toBe('received 3 d ago');
});

it('turns a pending clock overdue once its due time passes, and leaves recorded statuses alone', () => {
  expect(liveStatus('PENDING', due, at('2018-03-02T14:00:00.000Z'))).toBe('PENDING');
  expect(liveStatus('PENDING', due, at('2018-03-02T15:01:00.000Z'))).toBe('OVERDUE');
  expect(liveStatus('ON_TIME', due, at('2018-03-03T00:00:00.000Z'))).toBe('ON_TIME');
  expect(liveStatus('PENDING', null, at('2018-03-03T00:00:00.000Z'))).toBe('PENDING');
});
