//! Great-circle distance: the one place it is computed.

/// The mean Earth radius (IUGG), in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The great-circle distance in kilometres between two points given as (latitude, longitude)
/// in decimal degrees, by the haversine formula on a sphere of the mean Earth radius.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lng1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lng2) = (b.0.to_radians(), b.1.to_radians());
    let sin_lat = ((lat2 - lat1) / 2.0).sin();
    let sin_lng = ((lng2 - lng1) / 2.0).sin();
    let h = sin_lat * sin_lat + lat1.cos() * lat2.cos() * sin_lng * sin_lng;
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_distances() {
        assert!(distance_km((37.5665, 126.978), (37.5665, 126.978)).abs() < 1e-9);
        // Seoul to Tokyo: about 1,153 km.
        let seoul_tokyo = distance_km((37.5665, 126.978), (35.6895, 139.6917));
        assert!((seoul_tokyo - 1153.0).abs() < 3.0, "{seoul_tokyo}");
        // A quarter of a meridian, and antipodes: half the circumference.
        let quarter = distance_km((0.0, 0.0), (90.0, 0.0));
        assert!((quarter - EARTH_RADIUS_KM * std::f64::consts::FRAC_PI_2).abs() < 1e-6);
        let half = distance_km((0.0, 0.0), (0.0, 180.0));
        assert!((half - EARTH_RADIUS_KM * std::f64::consts::PI).abs() < 1e-6);
        assert!(
            (distance_km((10.0, 20.0), (-30.0, 40.0)) - distance_km((-30.0, 40.0), (10.0, 20.0)))
                .abs()
                < 1e-9
        );
    }
}
