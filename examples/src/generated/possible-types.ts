
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agreement",
      "Citation",
      "City",
      "Country",
      "CountryGroup",
      "Event",
      "HostedOffice",
      "Membership",
      "Organization",
      "Period",
      "PolicyExport",
      "Program",
      "Source",
      "Statistic"
    ],
    "PathLink": [
      "Agreement",
      "Organization"
    ],
    "SearchResult": [
      "City",
      "Country",
      "Event",
      "Organization",
      "PolicyExport",
      "Source"
    ],
    "TimelineRecord": [
      "Agreement",
      "Event",
      "Membership",
      "PolicyExport"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agreement",
      "Citation",
      "City",
      "Country",
      "CountryGroup",
      "Event",
      "HostedOffice",
      "Membership",
      "Organization",
      "Period",
      "PolicyExport",
      "Program",
      "Source",
      "Statistic"
    ],
    "PathLink": [
      "Agreement",
      "Organization"
    ],
    "SearchResult": [
      "City",
      "Country",
      "Event",
      "Organization",
      "PolicyExport",
      "Source"
    ],
    "TimelineRecord": [
      "Agreement",
      "Event",
      "Membership",
      "PolicyExport"
    ]
  }
};
      export default result;
    