'use client';
/**
 * Who is signed in and which regions they may run, loaded once for every console page.
 * A player may run a region they own or govern (the regions service lets owners,
 * elected governors and admins change settings); admins may run every region.
 */
import { useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { graphql } from '../gql';
import type { ConsoleViewerQuery } from '../gql/graphql';
import { errorCode, errorMessage } from '../lib/errors';
import { Loading, Problem } from './status';

export const ConsoleViewerQueryDocument = graphql(`
  query ConsoleViewer {
    me {
      id
      handle
      displayName
      roles
      memberships {
        type
        region {
          id
          name
          displayName
        }
      }
    }
    regions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          displayName
          status
          viewerRoles
        }
      }
    }
  }
`);

/** Region roles that may change a region's settings. */
const RUNNING_ROLES = new Set(['OWNER', 'GOVERNOR']);

type RegionSummary = ConsoleViewerQuery['regions']['edges'][number]['node'];

/** The signed-in player and what the console offers them. */
export interface Viewer {
  me: ConsoleViewerQuery['me'];
  isAdmin: boolean;
  /** Regions whose settings the viewer may change (owner, governor; every region for admins). */
  runs: RegionSummary[];
  /** Regions the viewer is a member of, with the membership type. */
  memberOf: ConsoleViewerQuery['me']['memberships'];
  /** More regions exist than the console listed (admins see the first 100). */
  truncated: boolean;
  /** Whether the viewer may change this region's settings. */
  mayRun(regionId: string): boolean;
}

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in viewer (inside {@link ViewerProvider}). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerProvider');
  return viewer;
}

/** Builds the viewer from the query result. */
function toViewer(data: ConsoleViewerQuery): Viewer {
  const isAdmin = data.me.roles.includes('ADMIN');
  const regions = data.regions.edges.map((e) => e.node);
  const runs = isAdmin ? regions : regions.filter((r) => r.viewerRoles.some((role) => RUNNING_ROLES.has(role)));
  const runIds = new Set(runs.map((r) => r.id));
  return {
    me: data.me,
    isAdmin,
    runs,
    memberOf: data.me.memberships,
    truncated: data.regions.totalCount > regions.length,
    mayRun: (regionId) => isAdmin || runIds.has(regionId),
  };
}

/** Loads the viewer; sends a signed-out visitor to the sign-in page. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { data, error, loading, refetch } = useQuery(ConsoleViewerQueryDocument, { fetchPolicy: 'cache-first' });
  const signedOut = errorCode(error) === 'UNAUTHENTICATED';
  useEffect(() => {
    if (signedOut) router.replace('/login');
  }, [signedOut, router]);
  if (data) {
    const viewer = toViewer(data);
    return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
  }
  if (loading || signedOut) return <Loading what="your account" />;
  return <Problem message={errorMessage(error)} retry={() => void refetch()} />;
}
