import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { accessReport } from '../screening/test-reports';
import { DuplicateOfNotice, DuplicateReportsSection } from './duplicate-reports';

const ORIGINAL = '00000000-0000-4000-8000-0000000000aa';
const SECOND = '00000000-0000-4000-8000-0000000000bb';

it('on a duplicate: "Duplicate of" the original, a link to it', () => {
  render(
    <MemoryRouter>
      <DuplicateOfNotice
        report={accessReport({ status: 'SCREENED_OUT', duplicateOf: { id: ORIGINAL, reportNumber: '2018-079-00007' } })}
      />
    </MemoryRouter>,
  );
  expect(screen.getByTestId('duplicate-of')).toHaveTextContent(/^Duplicate of report 2018-079-00007$/);
  expect(screen.getByRole('link', { name: 'report 2018-079-00007' })).toHaveAttribute('href', `/reports/${ORIGINAL}`);
});

it('nothing on a report that duplicates none, and no section on one without duplicates', () => {
  const { container } = render(
    <MemoryRouter>
      <DuplicateOfNotice report={accessReport({ duplicateOf: null })} />
      <DuplicateReportsSection report={accessReport({ duplicates: [] })} />
    </MemoryRouter>,
  );
  expect(container).toBeEmptyDOMElement();
});

it('on the original: each duplicate with its number, when received, its status and what that caller said', () => {
  render(
    <MemoryRouter>
      <DuplicateReportsSection
        report={accessReport({
          duplicates: [
            {
              id: SECOND,
              reportNumber: '2018-079-00009',
              receivedAt: '2018-03-03T16:00:00.000Z',
              status: 'SCREENED_OUT',
              narrative: 'A neighbor saw the same man bring her to the motel.',
            },
          ],
        })}
      />
    </MemoryRouter>,
  );
  const section = screen.getByRole('region', { name: 'Duplicate reports' });
  const item = within(section).getByRole('listitem');
  expect(within(item).getByRole('link', { name: 'Report 2018-079-00009' })).toHaveAttribute(
    'href',
    `/reports/${SECOND}`,
  );
  expect(item).toHaveTextContent('received Mar 3, 2018 · Screened out');
  expect(within(item).getByRole('heading', { name: 'What the second caller said' })).toBeInTheDocument();
  expect(item).toHaveTextContent('A neighbor saw the same man bring her to the motel.');
});
