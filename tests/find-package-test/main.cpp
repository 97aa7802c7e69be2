// Built against an installed copy of storeops: exits non-zero unless the library computes
// the seed's example (10,000 UV at 2% is 200 orders a day).
#include <iostream>
#include <storeops/storeops.hpp>

int main() {
  const storeops::Funnel day(10'000, 0.02, storeops::Money::from_yuan(100));
  std::cout << "storeops " << storeops::version << ": " << day.orders() << " orders, "
            << day.revenue() << '\n';
  return day.orders() == 200.0 && day.revenue() == storeops::Money::from_yuan(20'000) ? 0 : 1;
}
