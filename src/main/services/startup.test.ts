import { describe, expect, it } from 'vitest';
import { datasetArg, datasetRequest } from './startup';

describe('datasetRequest: the dataset a command line asks for', () => {
  it('takes --dataset, resolved against that command line’s own folder', () => {
    expect(datasetRequest(['/opt/app', '--dataset', 'b.json'], '/home/u')).toBe('/home/u/b.json');
    expect(datasetRequest(['/opt/app', '--dataset=/data/c.kbriefing'], '/home/u')).toBe('/data/c.kbriefing');
  });

  it('takes a file with a dataset extension, as Windows and Linux pass a file the user opened', () => {
    expect(datasetRequest(['C:\\App\\Korea AI Briefing.exe', 'docs/Q3.KBRIEFING'], '/home/u')).toBe('/home/u/docs/Q3.KBRIEFING');
    // Chromium's own switches and the app path in development are not datasets.
    expect(datasetRequest(['/usr/bin/electron', '.', '--original-process-start-time=1', '--inspect=x.json'], '/home/u')).toBeUndefined();
    expect(datasetRequest(['/opt/app'], '/home/u')).toBeUndefined();
  });

  it('reads --dataset in both spellings', () => {
    expect(datasetArg(['x', '--dataset', 'a.json'])).toBe('a.json');
    expect(datasetArg(['x', '--dataset=a.json'])).toBe('a.json');
    expect(datasetArg(['x'])).toBeUndefined();
  });
});
