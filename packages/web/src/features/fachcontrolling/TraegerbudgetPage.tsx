import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Ladefehler, Laden } from '../../components/Ladezustand';
import { useSeitentitel } from '../../lib/seitentitel';
import { Budget } from '../budget/BudgetPage';
import { traegerbudgetControllingAbfrage } from './api';

const route = getRouteApi('/app/traegerbudgets/$budgetId');

/** One provider's Trägerbudget as the Jugendamt's Fachcontrolling sees it: the provider's own controlling view. */
export function TraegerbudgetPage() {
  const { budgetId } = route.useParams();
  const abfrage = useQuery(traegerbudgetControllingAbfrage(budgetId));
  useSeitentitel(abfrage.data ? `Trägerbudget ${abfrage.data.traeger.name}` : 'Trägerbudget');
  if (abfrage.isPending) return <Laden />;
  if (abfrage.isError)
    return (
      <Stack>
        <Title order={1}>Trägerbudget</Title>
        <Ladefehler
          fehler={abfrage.error}
          nichtGefunden="Dieses Trägerbudget gibt es nicht für Ihr Jugendamt."
        />
      </Stack>
    );
  return <Budget c={abfrage.data} titel={`Trägerbudget ${abfrage.data.traeger.name}`} />;
}
