#include "greet/greet.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace greet {
std::vector<std::string> known_names() {
  const std::string text = "OpenEXR, OpenColorIO, OpenVDB, OpenImageIO, OSL, USD, MaterialX";
  static const std::regex word("[A-Za-z]+");
  std::set<std::string> unique;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it) {
    unique.insert(it->str());
  }
  std::vector<std::string> names(unique.begin(), unique.end());
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size() || (a.size() == b.size() && a < b); });
  return names;
}
}  // namespace greet
