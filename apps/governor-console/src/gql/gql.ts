/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query NexusManager {\n    nexus {\n      status\n      seed\n      generatedAt\n      totalSectors\n      totalWarps\n      totalPorts\n      totalPlanets\n      districtCount\n    }\n    nexusDistricts {\n      type\n      name\n      sectorRange {\n        first\n        last\n      }\n      sectorCount\n      portCount\n      planetCount\n      securityLevel\n      developmentLevel\n      traffic\n      taxFree\n      restrictedAccess\n    }\n  }\n": typeof types.NexusManagerDocument,
    "\n  fragment NexusJob on NexusGenerationJob {\n    id\n    kind\n    status\n    percent\n    message\n    seed\n    district\n    createdAt\n    finishedAt\n  }\n": typeof types.NexusJobFragmentDoc,
    "\n  query NexusProgress {\n    nexusGenerationProgress {\n      ...NexusJob\n    }\n  }\n": typeof types.NexusProgressDocument,
    "\n  mutation GenerateNexus($input: GenerateNexusInput!) {\n    generateNexus(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n": typeof types.GenerateNexusDocument,
    "\n  mutation RegenerateDistrict($input: RegenerateDistrictInput!) {\n    regenerateDistrict(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n": typeof types.RegenerateDistrictDocument,
    "\n  mutation ProvisionRegion($input: ProvisionRegionInput!) {\n    provisionRegion(input: $input) {\n      region {\n        id\n        name\n        displayName\n        totalSectors\n        status\n      }\n    }\n  }\n": typeof types.ProvisionRegionDocument,
    "\n  fragment CultureSettings on RegionCulture {\n    motto\n    traditions\n    languagePack {\n      key\n      text\n    }\n    theme {\n      primaryColor\n      secondaryColor\n      accentColor\n      font\n      logoUrl\n    }\n  }\n": typeof types.CultureSettingsFragmentDoc,
    "\n  query RegionCulture($id: ID!) {\n    region(id: $id) {\n      id\n      displayName\n      culture {\n        ...CultureSettings\n      }\n    }\n  }\n": typeof types.RegionCultureDocument,
    "\n  mutation UpdateRegionCulture($input: UpdateRegionCultureInput!) {\n    updateRegionCulture(input: $input) {\n      region {\n        id\n        culture {\n          ...CultureSettings\n        }\n      }\n    }\n  }\n": typeof types.UpdateRegionCultureDocument,
    "\n  fragment TreatyFields on Treaty {\n    id\n    type\n    terms\n    durationDays\n    status\n    createdAt\n    signedAt\n    endsAt\n    endedAt\n    fromRegion {\n      id\n      displayName\n    }\n    toRegion {\n      id\n      displayName\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.TreatyFieldsFragmentDoc,
    "\n  query RegionTreaties($id: ID!, $status: TreatyStatus) {\n    region(id: $id) {\n      id\n      treaties(status: $status, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TreatyFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionTreatiesDocument,
    "\n  query RegionDirectory {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          status\n        }\n      }\n    }\n  }\n": typeof types.RegionDirectoryDocument,
    "\n  mutation ProposeTreaty($input: ProposeTreatyInput!) {\n    proposeTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n": typeof types.ProposeTreatyDocument,
    "\n  mutation RespondToTreaty($input: RespondToTreatyInput!) {\n    respondToTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n": typeof types.RespondToTreatyDocument,
    "\n  mutation TerminateTreaty($input: TerminateTreatyInput!) {\n    terminateTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n": typeof types.TerminateTreatyDocument,
    "\n  fragment EconomySettings on RegionEconomy {\n    taxRate\n    startingCredits\n    specialization\n    tradeBonuses {\n      resource\n      multiplier\n    }\n  }\n": typeof types.EconomySettingsFragmentDoc,
    "\n  query RegionEconomy($id: ID!) {\n    region(id: $id) {\n      id\n      economy {\n        ...EconomySettings\n      }\n    }\n  }\n": typeof types.RegionEconomyDocument,
    "\n  mutation UpdateRegionEconomy($input: UpdateRegionEconomyInput!) {\n    updateRegionEconomy(input: $input) {\n      region {\n        id\n        economy {\n          ...EconomySettings\n        }\n      }\n    }\n  }\n": typeof types.UpdateRegionEconomyDocument,
    "\n  fragment ElectionFields on Election {\n    id\n    position\n    status\n    startsAt\n    endsAt\n    candidateCount\n    totalVotes\n    voterCount\n    termStartsAt\n    termEndsAt\n    completedAt\n    winner {\n      id\n      displayName\n      handle\n    }\n    candidates {\n      platform\n      votes\n      stoodAt\n      player {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n": typeof types.ElectionFieldsFragmentDoc,
    "\n  query RegionElections($id: ID!, $status: ElectionStatus) {\n    region(id: $id) {\n      id\n      elections(status: $status, first: 20) {\n        totalCount\n        edges {\n          node {\n            ...ElectionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionElectionsDocument,
    "\n  subscription ElectionUpdated($electionId: ID!) {\n    electionUpdated(electionId: $electionId) {\n      ...ElectionFields\n    }\n  }\n": typeof types.ElectionUpdatedDocument,
    "\n  mutation StartElection($input: StartElectionInput!) {\n    startElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n": typeof types.StartElectionDocument,
    "\n  mutation StandForElection($input: StandForElectionInput!) {\n    standForElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n": typeof types.StandForElectionDocument,
    "\n  mutation VoteInElection($input: VoteInElectionInput!) {\n    voteInElection(input: $input) {\n      weight\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n": typeof types.VoteInElectionDocument,
    "\n  fragment GovernanceSettings on RegionGovernance {\n    type\n    votingThreshold\n    electionFrequencyDays\n    constitution\n  }\n": typeof types.GovernanceSettingsFragmentDoc,
    "\n  query RegionGovernance($id: ID!) {\n    region(id: $id) {\n      id\n      governance {\n        ...GovernanceSettings\n      }\n    }\n  }\n": typeof types.RegionGovernanceDocument,
    "\n  mutation UpdateRegionGovernance($input: UpdateRegionGovernanceInput!) {\n    updateRegionGovernance(input: $input) {\n      region {\n        id\n        governance {\n          ...GovernanceSettings\n        }\n      }\n    }\n  }\n": typeof types.UpdateRegionGovernanceDocument,
    "\n  query RegionOverview($id: ID!, $withStats: Boolean!, $withAudit: Boolean!) {\n    region(id: $id) {\n      id\n      totalSectors\n      nexusGateSector\n      createdAt\n      owner {\n        id\n        handle\n        displayName\n      }\n      governance {\n        type\n      }\n      economy {\n        taxRate\n        startingCredits\n      }\n      stats @include(if: $withStats) {\n        totalMembers\n        activeMembers\n        activeWindowDays\n        taxIncome\n        taxIncomeWindowDays\n        treasury\n        population {\n          type\n          count\n        }\n        sectorsByDevelopmentLevel {\n          level\n          sectors\n        }\n      }\n      auditLog(first: 10) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            before\n            after\n            actor {\n              id\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionOverviewDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    type\n    title\n    description\n    status\n    electorate\n    votingThreshold\n    votesFor\n    votesAgainst\n    voterCount\n    approvalPercentage\n    votingClosesAt\n    createdAt\n    closedAt\n    implementedAt\n    proposedChanges {\n      taxRate\n      immigration\n      pvpMode\n      tariffRate\n      defenseLevel\n      motto\n      traditions\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  query RegionPolicies($id: ID!, $status: PolicyStatus, $after: String) {\n    region(id: $id) {\n      id\n      policies(status: $status, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PolicyFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionPoliciesDocument,
    "\n  subscription PolicyVoteTallied($policyId: ID!) {\n    policyVoteTallied(policyId: $policyId) {\n      id\n      votesFor\n      votesAgainst\n      voterCount\n      approvalPercentage\n      status\n    }\n  }\n": typeof types.PolicyVoteTalliedDocument,
    "\n  subscription PolicyStatusChanged($regionId: ID!) {\n    policyStatusChanged(regionId: $regionId) {\n      ...PolicyFields\n    }\n  }\n": typeof types.PolicyStatusChangedDocument,
    "\n  mutation ProposePolicy($input: ProposePolicyInput!) {\n    proposePolicy(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n": typeof types.ProposePolicyDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      weight\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation ClosePolicyVote($input: ClosePolicyVoteInput!) {\n    closePolicyVote(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n": typeof types.ClosePolicyVoteDocument,
    "\n  query RegionHeader($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      displayName\n      status\n      viewerRoles\n    }\n  }\n": typeof types.RegionHeaderDocument,
    "\n  query ConsoleViewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n      memberships {\n        type\n        region {\n          id\n          name\n          displayName\n        }\n      }\n    }\n    regions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          status\n          viewerRoles\n        }\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  fragment AuthTokens on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    player {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n": typeof types.AuthTokensFragmentDoc,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthTokens\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleRefresh($input: RefreshTokenInput!) {\n    refreshSession(input: $input) {\n      ...AuthTokens\n    }\n  }\n": typeof types.ConsoleRefreshDocument,
    "\n  mutation ConsoleLogout($input: RefreshTokenInput!) {\n    logout(input: $input) {\n      revoked\n    }\n  }\n": typeof types.ConsoleLogoutDocument,
};
const documents: Documents = {
    "\n  query NexusManager {\n    nexus {\n      status\n      seed\n      generatedAt\n      totalSectors\n      totalWarps\n      totalPorts\n      totalPlanets\n      districtCount\n    }\n    nexusDistricts {\n      type\n      name\n      sectorRange {\n        first\n        last\n      }\n      sectorCount\n      portCount\n      planetCount\n      securityLevel\n      developmentLevel\n      traffic\n      taxFree\n      restrictedAccess\n    }\n  }\n": types.NexusManagerDocument,
    "\n  fragment NexusJob on NexusGenerationJob {\n    id\n    kind\n    status\n    percent\n    message\n    seed\n    district\n    createdAt\n    finishedAt\n  }\n": types.NexusJobFragmentDoc,
    "\n  query NexusProgress {\n    nexusGenerationProgress {\n      ...NexusJob\n    }\n  }\n": types.NexusProgressDocument,
    "\n  mutation GenerateNexus($input: GenerateNexusInput!) {\n    generateNexus(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n": types.GenerateNexusDocument,
    "\n  mutation RegenerateDistrict($input: RegenerateDistrictInput!) {\n    regenerateDistrict(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n": types.RegenerateDistrictDocument,
    "\n  mutation ProvisionRegion($input: ProvisionRegionInput!) {\n    provisionRegion(input: $input) {\n      region {\n        id\n        name\n        displayName\n        totalSectors\n        status\n      }\n    }\n  }\n": types.ProvisionRegionDocument,
    "\n  fragment CultureSettings on RegionCulture {\n    motto\n    traditions\n    languagePack {\n      key\n      text\n    }\n    theme {\n      primaryColor\n      secondaryColor\n      accentColor\n      font\n      logoUrl\n    }\n  }\n": types.CultureSettingsFragmentDoc,
    "\n  query RegionCulture($id: ID!) {\n    region(id: $id) {\n      id\n      displayName\n      culture {\n        ...CultureSettings\n      }\n    }\n  }\n": types.RegionCultureDocument,
    "\n  mutation UpdateRegionCulture($input: UpdateRegionCultureInput!) {\n    updateRegionCulture(input: $input) {\n      region {\n        id\n        culture {\n          ...CultureSettings\n        }\n      }\n    }\n  }\n": types.UpdateRegionCultureDocument,
    "\n  fragment TreatyFields on Treaty {\n    id\n    type\n    terms\n    durationDays\n    status\n    createdAt\n    signedAt\n    endsAt\n    endedAt\n    fromRegion {\n      id\n      displayName\n    }\n    toRegion {\n      id\n      displayName\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n": types.TreatyFieldsFragmentDoc,
    "\n  query RegionTreaties($id: ID!, $status: TreatyStatus) {\n    region(id: $id) {\n      id\n      treaties(status: $status, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TreatyFields\n          }\n        }\n      }\n    }\n  }\n": types.RegionTreatiesDocument,
    "\n  query RegionDirectory {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          status\n        }\n      }\n    }\n  }\n": types.RegionDirectoryDocument,
    "\n  mutation ProposeTreaty($input: ProposeTreatyInput!) {\n    proposeTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n": types.ProposeTreatyDocument,
    "\n  mutation RespondToTreaty($input: RespondToTreatyInput!) {\n    respondToTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n": types.RespondToTreatyDocument,
    "\n  mutation TerminateTreaty($input: TerminateTreatyInput!) {\n    terminateTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n": types.TerminateTreatyDocument,
    "\n  fragment EconomySettings on RegionEconomy {\n    taxRate\n    startingCredits\n    specialization\n    tradeBonuses {\n      resource\n      multiplier\n    }\n  }\n": types.EconomySettingsFragmentDoc,
    "\n  query RegionEconomy($id: ID!) {\n    region(id: $id) {\n      id\n      economy {\n        ...EconomySettings\n      }\n    }\n  }\n": types.RegionEconomyDocument,
    "\n  mutation UpdateRegionEconomy($input: UpdateRegionEconomyInput!) {\n    updateRegionEconomy(input: $input) {\n      region {\n        id\n        economy {\n          ...EconomySettings\n        }\n      }\n    }\n  }\n": types.UpdateRegionEconomyDocument,
    "\n  fragment ElectionFields on Election {\n    id\n    position\n    status\n    startsAt\n    endsAt\n    candidateCount\n    totalVotes\n    voterCount\n    termStartsAt\n    termEndsAt\n    completedAt\n    winner {\n      id\n      displayName\n      handle\n    }\n    candidates {\n      platform\n      votes\n      stoodAt\n      player {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n": types.ElectionFieldsFragmentDoc,
    "\n  query RegionElections($id: ID!, $status: ElectionStatus) {\n    region(id: $id) {\n      id\n      elections(status: $status, first: 20) {\n        totalCount\n        edges {\n          node {\n            ...ElectionFields\n          }\n        }\n      }\n    }\n  }\n": types.RegionElectionsDocument,
    "\n  subscription ElectionUpdated($electionId: ID!) {\n    electionUpdated(electionId: $electionId) {\n      ...ElectionFields\n    }\n  }\n": types.ElectionUpdatedDocument,
    "\n  mutation StartElection($input: StartElectionInput!) {\n    startElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n": types.StartElectionDocument,
    "\n  mutation StandForElection($input: StandForElectionInput!) {\n    standForElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n": types.StandForElectionDocument,
    "\n  mutation VoteInElection($input: VoteInElectionInput!) {\n    voteInElection(input: $input) {\n      weight\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n": types.VoteInElectionDocument,
    "\n  fragment GovernanceSettings on RegionGovernance {\n    type\n    votingThreshold\n    electionFrequencyDays\n    constitution\n  }\n": types.GovernanceSettingsFragmentDoc,
    "\n  query RegionGovernance($id: ID!) {\n    region(id: $id) {\n      id\n      governance {\n        ...GovernanceSettings\n      }\n    }\n  }\n": types.RegionGovernanceDocument,
    "\n  mutation UpdateRegionGovernance($input: UpdateRegionGovernanceInput!) {\n    updateRegionGovernance(input: $input) {\n      region {\n        id\n        governance {\n          ...GovernanceSettings\n        }\n      }\n    }\n  }\n": types.UpdateRegionGovernanceDocument,
    "\n  query RegionOverview($id: ID!, $withStats: Boolean!, $withAudit: Boolean!) {\n    region(id: $id) {\n      id\n      totalSectors\n      nexusGateSector\n      createdAt\n      owner {\n        id\n        handle\n        displayName\n      }\n      governance {\n        type\n      }\n      economy {\n        taxRate\n        startingCredits\n      }\n      stats @include(if: $withStats) {\n        totalMembers\n        activeMembers\n        activeWindowDays\n        taxIncome\n        taxIncomeWindowDays\n        treasury\n        population {\n          type\n          count\n        }\n        sectorsByDevelopmentLevel {\n          level\n          sectors\n        }\n      }\n      auditLog(first: 10) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            before\n            after\n            actor {\n              id\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RegionOverviewDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    type\n    title\n    description\n    status\n    electorate\n    votingThreshold\n    votesFor\n    votesAgainst\n    voterCount\n    approvalPercentage\n    votingClosesAt\n    createdAt\n    closedAt\n    implementedAt\n    proposedChanges {\n      taxRate\n      immigration\n      pvpMode\n      tariffRate\n      defenseLevel\n      motto\n      traditions\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  query RegionPolicies($id: ID!, $status: PolicyStatus, $after: String) {\n    region(id: $id) {\n      id\n      policies(status: $status, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PolicyFields\n          }\n        }\n      }\n    }\n  }\n": types.RegionPoliciesDocument,
    "\n  subscription PolicyVoteTallied($policyId: ID!) {\n    policyVoteTallied(policyId: $policyId) {\n      id\n      votesFor\n      votesAgainst\n      voterCount\n      approvalPercentage\n      status\n    }\n  }\n": types.PolicyVoteTalliedDocument,
    "\n  subscription PolicyStatusChanged($regionId: ID!) {\n    policyStatusChanged(regionId: $regionId) {\n      ...PolicyFields\n    }\n  }\n": types.PolicyStatusChangedDocument,
    "\n  mutation ProposePolicy($input: ProposePolicyInput!) {\n    proposePolicy(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n": types.ProposePolicyDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      weight\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation ClosePolicyVote($input: ClosePolicyVoteInput!) {\n    closePolicyVote(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n": types.ClosePolicyVoteDocument,
    "\n  query RegionHeader($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      displayName\n      status\n      viewerRoles\n    }\n  }\n": types.RegionHeaderDocument,
    "\n  query ConsoleViewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n      memberships {\n        type\n        region {\n          id\n          name\n          displayName\n        }\n      }\n    }\n    regions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          status\n          viewerRoles\n        }\n      }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  fragment AuthTokens on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    player {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n": types.AuthTokensFragmentDoc,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthTokens\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleRefresh($input: RefreshTokenInput!) {\n    refreshSession(input: $input) {\n      ...AuthTokens\n    }\n  }\n": types.ConsoleRefreshDocument,
    "\n  mutation ConsoleLogout($input: RefreshTokenInput!) {\n    logout(input: $input) {\n      revoked\n    }\n  }\n": types.ConsoleLogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NexusManager {\n    nexus {\n      status\n      seed\n      generatedAt\n      totalSectors\n      totalWarps\n      totalPorts\n      totalPlanets\n      districtCount\n    }\n    nexusDistricts {\n      type\n      name\n      sectorRange {\n        first\n        last\n      }\n      sectorCount\n      portCount\n      planetCount\n      securityLevel\n      developmentLevel\n      traffic\n      taxFree\n      restrictedAccess\n    }\n  }\n"): (typeof documents)["\n  query NexusManager {\n    nexus {\n      status\n      seed\n      generatedAt\n      totalSectors\n      totalWarps\n      totalPorts\n      totalPlanets\n      districtCount\n    }\n    nexusDistricts {\n      type\n      name\n      sectorRange {\n        first\n        last\n      }\n      sectorCount\n      portCount\n      planetCount\n      securityLevel\n      developmentLevel\n      traffic\n      taxFree\n      restrictedAccess\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NexusJob on NexusGenerationJob {\n    id\n    kind\n    status\n    percent\n    message\n    seed\n    district\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment NexusJob on NexusGenerationJob {\n    id\n    kind\n    status\n    percent\n    message\n    seed\n    district\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NexusProgress {\n    nexusGenerationProgress {\n      ...NexusJob\n    }\n  }\n"): (typeof documents)["\n  query NexusProgress {\n    nexusGenerationProgress {\n      ...NexusJob\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateNexus($input: GenerateNexusInput!) {\n    generateNexus(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateNexus($input: GenerateNexusInput!) {\n    generateNexus(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateDistrict($input: RegenerateDistrictInput!) {\n    regenerateDistrict(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateDistrict($input: RegenerateDistrictInput!) {\n    regenerateDistrict(input: $input) {\n      job {\n        ...NexusJob\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvisionRegion($input: ProvisionRegionInput!) {\n    provisionRegion(input: $input) {\n      region {\n        id\n        name\n        displayName\n        totalSectors\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvisionRegion($input: ProvisionRegionInput!) {\n    provisionRegion(input: $input) {\n      region {\n        id\n        name\n        displayName\n        totalSectors\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CultureSettings on RegionCulture {\n    motto\n    traditions\n    languagePack {\n      key\n      text\n    }\n    theme {\n      primaryColor\n      secondaryColor\n      accentColor\n      font\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  fragment CultureSettings on RegionCulture {\n    motto\n    traditions\n    languagePack {\n      key\n      text\n    }\n    theme {\n      primaryColor\n      secondaryColor\n      accentColor\n      font\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionCulture($id: ID!) {\n    region(id: $id) {\n      id\n      displayName\n      culture {\n        ...CultureSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionCulture($id: ID!) {\n    region(id: $id) {\n      id\n      displayName\n      culture {\n        ...CultureSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionCulture($input: UpdateRegionCultureInput!) {\n    updateRegionCulture(input: $input) {\n      region {\n        id\n        culture {\n          ...CultureSettings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionCulture($input: UpdateRegionCultureInput!) {\n    updateRegionCulture(input: $input) {\n      region {\n        id\n        culture {\n          ...CultureSettings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreatyFields on Treaty {\n    id\n    type\n    terms\n    durationDays\n    status\n    createdAt\n    signedAt\n    endsAt\n    endedAt\n    fromRegion {\n      id\n      displayName\n    }\n    toRegion {\n      id\n      displayName\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n"): (typeof documents)["\n  fragment TreatyFields on Treaty {\n    id\n    type\n    terms\n    durationDays\n    status\n    createdAt\n    signedAt\n    endsAt\n    endedAt\n    fromRegion {\n      id\n      displayName\n    }\n    toRegion {\n      id\n      displayName\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTreaties($id: ID!, $status: TreatyStatus) {\n    region(id: $id) {\n      id\n      treaties(status: $status, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TreatyFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionTreaties($id: ID!, $status: TreatyStatus) {\n    region(id: $id) {\n      id\n      treaties(status: $status, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...TreatyFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDirectory {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionDirectory {\n    regions(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTreaty($input: ProposeTreatyInput!) {\n    proposeTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeTreaty($input: ProposeTreatyInput!) {\n    proposeTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToTreaty($input: RespondToTreatyInput!) {\n    respondToTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToTreaty($input: RespondToTreatyInput!) {\n    respondToTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateTreaty($input: TerminateTreatyInput!) {\n    terminateTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateTreaty($input: TerminateTreatyInput!) {\n    terminateTreaty(input: $input) {\n      treaty {\n        ...TreatyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EconomySettings on RegionEconomy {\n    taxRate\n    startingCredits\n    specialization\n    tradeBonuses {\n      resource\n      multiplier\n    }\n  }\n"): (typeof documents)["\n  fragment EconomySettings on RegionEconomy {\n    taxRate\n    startingCredits\n    specialization\n    tradeBonuses {\n      resource\n      multiplier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionEconomy($id: ID!) {\n    region(id: $id) {\n      id\n      economy {\n        ...EconomySettings\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionEconomy($id: ID!) {\n    region(id: $id) {\n      id\n      economy {\n        ...EconomySettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionEconomy($input: UpdateRegionEconomyInput!) {\n    updateRegionEconomy(input: $input) {\n      region {\n        id\n        economy {\n          ...EconomySettings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionEconomy($input: UpdateRegionEconomyInput!) {\n    updateRegionEconomy(input: $input) {\n      region {\n        id\n        economy {\n          ...EconomySettings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElectionFields on Election {\n    id\n    position\n    status\n    startsAt\n    endsAt\n    candidateCount\n    totalVotes\n    voterCount\n    termStartsAt\n    termEndsAt\n    completedAt\n    winner {\n      id\n      displayName\n      handle\n    }\n    candidates {\n      platform\n      votes\n      stoodAt\n      player {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ElectionFields on Election {\n    id\n    position\n    status\n    startsAt\n    endsAt\n    candidateCount\n    totalVotes\n    voterCount\n    termStartsAt\n    termEndsAt\n    completedAt\n    winner {\n      id\n      displayName\n      handle\n    }\n    candidates {\n      platform\n      votes\n      stoodAt\n      player {\n        id\n        displayName\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionElections($id: ID!, $status: ElectionStatus) {\n    region(id: $id) {\n      id\n      elections(status: $status, first: 20) {\n        totalCount\n        edges {\n          node {\n            ...ElectionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionElections($id: ID!, $status: ElectionStatus) {\n    region(id: $id) {\n      id\n      elections(status: $status, first: 20) {\n        totalCount\n        edges {\n          node {\n            ...ElectionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ElectionUpdated($electionId: ID!) {\n    electionUpdated(electionId: $electionId) {\n      ...ElectionFields\n    }\n  }\n"): (typeof documents)["\n  subscription ElectionUpdated($electionId: ID!) {\n    electionUpdated(electionId: $electionId) {\n      ...ElectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartElection($input: StartElectionInput!) {\n    startElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartElection($input: StartElectionInput!) {\n    startElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandForElection($input: StandForElectionInput!) {\n    standForElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StandForElection($input: StandForElectionInput!) {\n    standForElection(input: $input) {\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteInElection($input: VoteInElectionInput!) {\n    voteInElection(input: $input) {\n      weight\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoteInElection($input: VoteInElectionInput!) {\n    voteInElection(input: $input) {\n      weight\n      election {\n        ...ElectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GovernanceSettings on RegionGovernance {\n    type\n    votingThreshold\n    electionFrequencyDays\n    constitution\n  }\n"): (typeof documents)["\n  fragment GovernanceSettings on RegionGovernance {\n    type\n    votingThreshold\n    electionFrequencyDays\n    constitution\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionGovernance($id: ID!) {\n    region(id: $id) {\n      id\n      governance {\n        ...GovernanceSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionGovernance($id: ID!) {\n    region(id: $id) {\n      id\n      governance {\n        ...GovernanceSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionGovernance($input: UpdateRegionGovernanceInput!) {\n    updateRegionGovernance(input: $input) {\n      region {\n        id\n        governance {\n          ...GovernanceSettings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionGovernance($input: UpdateRegionGovernanceInput!) {\n    updateRegionGovernance(input: $input) {\n      region {\n        id\n        governance {\n          ...GovernanceSettings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOverview($id: ID!, $withStats: Boolean!, $withAudit: Boolean!) {\n    region(id: $id) {\n      id\n      totalSectors\n      nexusGateSector\n      createdAt\n      owner {\n        id\n        handle\n        displayName\n      }\n      governance {\n        type\n      }\n      economy {\n        taxRate\n        startingCredits\n      }\n      stats @include(if: $withStats) {\n        totalMembers\n        activeMembers\n        activeWindowDays\n        taxIncome\n        taxIncomeWindowDays\n        treasury\n        population {\n          type\n          count\n        }\n        sectorsByDevelopmentLevel {\n          level\n          sectors\n        }\n      }\n      auditLog(first: 10) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            before\n            after\n            actor {\n              id\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionOverview($id: ID!, $withStats: Boolean!, $withAudit: Boolean!) {\n    region(id: $id) {\n      id\n      totalSectors\n      nexusGateSector\n      createdAt\n      owner {\n        id\n        handle\n        displayName\n      }\n      governance {\n        type\n      }\n      economy {\n        taxRate\n        startingCredits\n      }\n      stats @include(if: $withStats) {\n        totalMembers\n        activeMembers\n        activeWindowDays\n        taxIncome\n        taxIncomeWindowDays\n        treasury\n        population {\n          type\n          count\n        }\n        sectorsByDevelopmentLevel {\n          level\n          sectors\n        }\n      }\n      auditLog(first: 10) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            before\n            after\n            actor {\n              id\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id\n    type\n    title\n    description\n    status\n    electorate\n    votingThreshold\n    votesFor\n    votesAgainst\n    voterCount\n    approvalPercentage\n    votingClosesAt\n    createdAt\n    closedAt\n    implementedAt\n    proposedChanges {\n      taxRate\n      immigration\n      pvpMode\n      tariffRate\n      defenseLevel\n      motto\n      traditions\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on Policy {\n    id\n    type\n    title\n    description\n    status\n    electorate\n    votingThreshold\n    votesFor\n    votesAgainst\n    voterCount\n    approvalPercentage\n    votingClosesAt\n    createdAt\n    closedAt\n    implementedAt\n    proposedChanges {\n      taxRate\n      immigration\n      pvpMode\n      tariffRate\n      defenseLevel\n      motto\n      traditions\n    }\n    proposedBy {\n      id\n      displayName\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPolicies($id: ID!, $status: PolicyStatus, $after: String) {\n    region(id: $id) {\n      id\n      policies(status: $status, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PolicyFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionPolicies($id: ID!, $status: PolicyStatus, $after: String) {\n    region(id: $id) {\n      id\n      policies(status: $status, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PolicyFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PolicyVoteTallied($policyId: ID!) {\n    policyVoteTallied(policyId: $policyId) {\n      id\n      votesFor\n      votesAgainst\n      voterCount\n      approvalPercentage\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription PolicyVoteTallied($policyId: ID!) {\n    policyVoteTallied(policyId: $policyId) {\n      id\n      votesFor\n      votesAgainst\n      voterCount\n      approvalPercentage\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PolicyStatusChanged($regionId: ID!) {\n    policyStatusChanged(regionId: $regionId) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  subscription PolicyStatusChanged($regionId: ID!) {\n    policyStatusChanged(regionId: $regionId) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePolicy($input: ProposePolicyInput!) {\n    proposePolicy(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePolicy($input: ProposePolicyInput!) {\n    proposePolicy(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      weight\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      weight\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePolicyVote($input: ClosePolicyVoteInput!) {\n    closePolicyVote(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePolicyVote($input: ClosePolicyVoteInput!) {\n    closePolicyVote(input: $input) {\n      policy {\n        ...PolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionHeader($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      displayName\n      status\n      viewerRoles\n    }\n  }\n"): (typeof documents)["\n  query RegionHeader($id: ID!) {\n    region(id: $id) {\n      id\n      name\n      displayName\n      status\n      viewerRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n      memberships {\n        type\n        region {\n          id\n          name\n          displayName\n        }\n      }\n    }\n    regions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          status\n          viewerRoles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    me {\n      id\n      handle\n      displayName\n      roles\n      memberships {\n        type\n        region {\n          id\n          name\n          displayName\n        }\n      }\n    }\n    regions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          status\n          viewerRoles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthTokens on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    player {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  fragment AuthTokens on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    player {\n      id\n      handle\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthTokens\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefresh($input: RefreshTokenInput!) {\n    refreshSession(input: $input) {\n      ...AuthTokens\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRefresh($input: RefreshTokenInput!) {\n    refreshSession(input: $input) {\n      ...AuthTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout($input: RefreshTokenInput!) {\n    logout(input: $input) {\n      revoked\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout($input: RefreshTokenInput!) {\n    logout(input: $input) {\n      revoked\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;