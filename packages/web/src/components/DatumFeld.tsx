import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDatum } from '../lib/format';

/** A date field that shows and accepts TT.MM.JJJJ and hands the form an ISO date (YYYY-MM-DD). */
export function DatumFeld(props: DateInputProps) {
  return (
    <DateInput
      valueFormat="DD.MM.YYYY"
      dateParser={parseDatum}
      placeholder="TT.MM.JJJJ"
      description="Format: TT.MM.JJJJ"
      locale="de"
      clearable={!props.required}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
