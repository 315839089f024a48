import { Button } from '@mantine/core';
import { IconFileTypePdf, IconFileTypeXml } from '@tabler/icons-react';

/** The two files of an invoice, offered the same way to the provider and to the Jugendamt's WJH. */
export function RechnungDateien({ r }: { r: { id: string; nummer: string } }) {
  return (
    <>
      <Button
        component="a"
        href={`/api/rechnungen/${r.id}/pdf`}
        download
        size="xs"
        variant="light"
        leftSection={<IconFileTypePdf aria-hidden size={16} />}
        aria-label={`PDF ${r.nummer} herunterladen`}
      >
        PDF
      </Button>
      <Button
        component="a"
        href={`/api/rechnungen/${r.id}/xrechnung`}
        download
        size="xs"
        variant="light"
        leftSection={<IconFileTypeXml aria-hidden size={16} />}
        aria-label={`XRechnung ${r.nummer} herunterladen`}
      >
        XRechnung
      </Button>
    </>
  );
}
