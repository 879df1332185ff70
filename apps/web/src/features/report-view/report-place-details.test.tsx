import { render, screen, within } from '@testing-library/react';
import { accessReport } from '../screening/test-reports';
import { addressText, IncidentDetails, PersonPlaceDetails } from './report-place-details';

it('shows the incident, the reporter relationship and worker safety', () => {
  render(<IncidentDetails report={accessReport()} />);
  expect(screen.getByText('2018-02-27 (approximate)')).toBeInTheDocument();
  expect(screen.getByText('Hotel or motel')).toBeInTheDocument();
  expect(screen.getByText('501 N Plankinton Ave, Room 214, Milwaukee, WI 53203, Milwaukee County')).toBeInTheDocument();
  expect(screen.getByText('Yes: An adult at the home carries a gun.')).toBeInTheDocument();
  expect(screen.getByText('School counselor')).toBeInTheDocument();
});

it("shows each person's details and where each child is now", () => {
  render(<PersonPlaceDetails report={accessReport()} />);
  const maya = screen.getByRole('region', { name: 'Details of Maya Thompson' });
  expect(within(maya).getByText('Spanish (interpreter needed)')).toBeInTheDocument();
  expect(within(maya).getByText('Riverside High School')).toBeInTheDocument();
  expect(within(maya).getByText('At school. Safe now: Yes, safe now')).toBeInTheDocument();
  const jon = screen.getByRole('region', { name: 'Details of Jon Doe' });
  expect(within(jon).queryByText('Where the child is now')).not.toBeInTheDocument();
  expect(within(jon).getAllByText('Not recorded').length).toBeGreaterThan(0);
});

it('an empty report says what is not recorded', () => {
  const report = accessReport({
    incident: {
      occurredOn: null,
      occurredOnIsApproximate: false,
      locationType: null,
      address: null,
      description: null,
    },
    workerSafetyConcerns: { present: null, description: null },
  });
  render(<IncidentDetails report={report} />);
  expect(screen.getByText('Not known')).toBeInTheDocument();
  expect(addressText(null)).toBe('Not recorded');
});
